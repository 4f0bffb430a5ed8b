using System.Text.RegularExpressions;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Admin;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web;
using ClubMediaSociali.Web.Features.Admin;
using ClubMediaSociali.Web.Features.Companies;
using ClubMediaSociali.Web.Features.Ideas;
using ClubMediaSociali.Web.Features.Notifications;
using ClubMediaSociali.Web.Features.Opportunities;
using ClubMediaSociali.Web.Features.Repertoire;
using ClubMediaSociali.Web.Features.Reputation;
using ClubMediaSociali.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Tests.Features.Notifications;

/// <summary>
/// Every notification kind with every state it can carry, and every label of a stored code, reads in the
/// reader's language: an Italian text holds no enum name and no English word, and the English one differs.
/// </summary>
public sealed partial class LabelLanguageTests(ClubFixture fixture) : ClubTest(fixture)
{
    /// <summary>Words that give English away in an Italian sentence (none of them is Italian).</summary>
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "your", "new", "selected", "pending", "declined", "accepted", "shortlisted", "open", "closed", "draft",
        "published", "archived", "rejected", "status", "under", "discussion", "progress", "realised", "duplicate", "small",
        "medium", "large", "company", "agency", "freelance", "project", "job", "method", "technique", "story", "resource",
        "introductory", "intermediate", "advanced", "member", "week", "month", "time", "has", "was", "is", "of",
    };

    [Fact]
    public void Every_notification_kind_with_every_state_reads_in_italian_and_in_english()
    {
        var text = Fixture.Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var problems = new List<string>();
        foreach (var kind in NotificationKinds.All)
        {
            var states = kind.State switch
            {
                NotificationState.IdeaStatus => Enum.GetValues<IdeaStatus>().Select(s => ((int?)s, s.ToString())),
                NotificationState.ResponseStatus => Enum.GetValues<ResponseStatus>().Select(s => ((int?)s, s.ToString())),
                _ => [((int?)null, "")],
            };
            foreach (var (state, name) in states)
            {
                var italian = ReaderCulture.Run(Language.Italian, () => NotificationTexts.Describe(text, kind.Name, "Soggetto", state));
                var english = ReaderCulture.Run(Language.English, () => NotificationTexts.Describe(text, kind.Name, "Soggetto", state));
                Check(problems, $"{kind} {name}", italian, english, name);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_label_of_a_stored_code_reads_in_italian_and_in_english()
    {
        var text = Fixture.Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var labels = new List<(string Code, Func<string> Label)>();
        labels.AddRange(Enum.GetValues<IdeaStatus>().Select(v => (v.ToString(), (Func<string>)(() => IdeaTexts.Status(text, v)))));
        labels.AddRange(Enum.GetValues<ResponseStatus>().Select(v => (v.ToString(), (Func<string>)(() => OpportunityTexts.Response(text, v)))));
        labels.AddRange(Enum.GetValues<OpportunityKind>().Select(v => (v.ToString(), (Func<string>)(() => OpportunityTexts.Kind(text, v)))));
        labels.AddRange(Enum.GetValues<PracticeKind>().Select(v => (v.ToString(), (Func<string>)(() => PracticeTexts.Kind(text, v)))));
        labels.AddRange(Enum.GetValues<PracticeLevel>().Select(v => (v.ToString(), (Func<string>)(() => PracticeTexts.Level(text, v)))));
        labels.AddRange(Enum.GetValues<PracticeStatus>().Select(v => (v.ToString(), (Func<string>)(() => PracticeTexts.Status(text, v)))));
        labels.AddRange(Enum.GetValues<RevisionStatus>().Select(v => (v.ToString(), (Func<string>)(() => PracticeTexts.RevisionStatus(text, v)))));
        labels.AddRange(Enum.GetValues<ResourceFormat>().Select(v => (v.ToString(), (Func<string>)(() => PracticeTexts.Format(text, v)))));
        labels.AddRange(Enum.GetValues<CompanyKind>().Select(v => (v.ToString(), (Func<string>)(() => CompanyTexts.Kind(text, v)))));
        labels.AddRange(Enum.GetValues<CompanySize>().Select(v => (v.ToString(), (Func<string>)(() => CompanyTexts.Size(text, v)))));
        labels.AddRange(Enum.GetValues<TrustLevel>().Select(v => (v.ToString(), (Func<string>)(() => ReputationTexts.Trust(text, v)))));
        labels.AddRange(NotificationCategories.All.Select(c => (c, (Func<string>)(() => NotificationTexts.Category(text, c)))));
        labels.AddRange(Enum.GetValues<ItalianRegion>().Select(v => (v.ToString(), (Func<string>)(() => ItalianRegions.Name(v, Language.Italian)))));

        var problems = new List<string>();
        foreach (var (code, label) in labels)
        {
            var italian = ReaderCulture.Run(Language.Italian, label);
            var english = ReaderCulture.Run(Language.English, label);
            // Words Italian borrowed, and region names (written in Italian in both languages), may equal their code.
            var sameWord = SameInBothLanguages.Contains(code) || Enum.TryParse<ItalianRegion>(code, out _);
            Check(problems, code, italian, sameWord ? null : english, sameWord ? "" : code);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Codes that are also the Italian word: "partnership", "video", "leader", "micro".</summary>
    private static readonly HashSet<string> SameInBothLanguages = ["Partnership", "Video", "Leader", "Micro"];

    [Fact]
    public void Every_audit_action_and_every_job_is_told_in_italian_and_in_english()
    {
        var text = Fixture.Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var problems = new List<string>();
        var codes = typeof(AuditActions).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.True(codes.Count >= 27, "the audit codes are read from AuditActions");
        foreach (var code in codes)
        {
            var line = new AuditLine(DateTimeOffset.UtcNow, "Anna", "anna", code, "Soggetto", null, StaffRoles.Moderator, null, IdeaStatus.New, IdeaStatus.UnderDiscussion);
            var italian = ReaderCulture.Run(Language.Italian, () => AuditTexts.Sentence(text, line).ToString()!);
            var english = ReaderCulture.Run(Language.English, () => AuditTexts.Sentence(text, line).ToString()!);
            if (ReaderCulture.Run(Language.Italian, () => AuditTexts.Template(text, code)) is null)
            {
                problems.Add($"{code}: no sentence");
            }

            Check(problems, code, italian, english, code);
            Check(problems, code, italian, null, nameof(IdeaStatus.UnderDiscussion));
        }

        foreach (var (job, _) in ClubJobs.Schedule)
        {
            var italian = ReaderCulture.Run(Language.Italian, () => JobTexts.Describe(text, job));
            if (italian is null)
            {
                problems.Add($"job {job}: no description");
                continue;
            }

            Check(problems, job, italian, ReaderCulture.Run(Language.English, () => JobTexts.Describe(text, job)), "");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <param name="code">The stored code, which must not show through; empty when it may.</param>
    private static void Check(List<string> problems, string what, string italian, string? english, string code)
    {
        if (code.Length > 1 && Regex.IsMatch(italian, $@"\b{Regex.Escape(code)}\b"))
        {
            problems.Add($"{what}: the code {code} in «{italian}»");
        }

        var foreign = Words().Matches(italian).Select(m => m.Value).Where(EnglishWords.Contains).ToList();
        if (foreign.Count > 0)
        {
            problems.Add($"{what}: English in «{italian}» ({string.Join(", ", foreign)})");
        }

        if (english is not null && english == italian && italian.Any(char.IsLetter))
        {
            problems.Add($"{what}: «{italian}» is the same in English");
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
