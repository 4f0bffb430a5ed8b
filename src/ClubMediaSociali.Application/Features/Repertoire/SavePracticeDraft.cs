using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Repertoire;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// A member writes a practice, or edits their draft (or a practice sent back for changes).
/// Each kind asks for its own fields: a resource its address and format, a story its organisation
/// and outcome, a technique or method its ordered steps (one per line).
/// </summary>
[ChangesNoPublicPage("Drafts and proposed edits are seen only by their author and the moderators.")]
public sealed record SavePracticeDraft : ICommand<Result<Guid>>, ITransactional
{
    /// <summary>Null for a new practice.</summary>
    public Guid? PracticeId { get; init; }

    public PracticeKind Kind { get; init; }

    [SingleLine]
    public string Title { get; init; } = "";

    public string Summary { get; init; } = "";

    [Markdown]
    public string Body { get; init; } = "";

    public PracticeLevel Level { get; init; }

    public string[] Channels { get; init; } = [];

    public int[] TargetRoleIds { get; init; } = [];

    [SingleLine]
    public string? Tags { get; init; }

    [SingleLine]
    public string? ResourceUrl { get; init; }

    public ResourceFormat? ResourceFormat { get; init; }

    [SingleLine]
    public string? StoryOrganisation { get; init; }

    [SingleLine]
    public string? StorySector { get; init; }

    public int? StoryYear { get; init; }

    public string? StoryOutcome { get; init; }

    /// <summary>One step per line.</summary>
    public string? Steps { get; init; }

    /// <summary>The documents attached, in order: uploads of the author's, or already on the practice.</summary>
    public Guid[] AttachmentIds { get; init; } = [];

    public IReadOnlyList<string> StepList =>
        (Steps ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

public sealed class SavePracticeDraftValidator : AbstractValidator<SavePracticeDraft>
{
    public SavePracticeDraftValidator(IStringLocalizer<ValidationMessages> text, ClubDbContext db, ICurrentMember currentMember, Media.Attachments attachments)
    {
        RuleFor(c => c.AttachmentIds)
            .Cascade(CascadeMode.Stop)
            .Must(ids => ids.Distinct().Count() <= Media.Attachments.MaxPerItem)
                .WithMessage(_ => text["Al massimo {0} allegati.", Media.Attachments.MaxPerItem])
            .MustAsync((command, ids, ct) => attachments.MayNameAsync(ids, currentMember.RequiredId, UploadPlace.Practice, command.PracticeId, ct))
                .WithMessage(_ => text["Uno degli allegati non è più disponibile: caricalo di nuovo."])
            .OverridePropertyName("NewAttachments");
        RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => text["Scegli un tipo dall'elenco."]);
        RuleFor(c => c.Level).IsInEnum().WithMessage(_ => text["Scegli un livello dall'elenco."]);
        RuleFor(c => c.Title)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Dai un titolo alla pratica."])
            .ClubMaxLength(text, Practice.TitleMaxLength);
        RuleFor(c => c.Summary)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Scrivi un riassunto di una o due frasi."])
            .ClubMaxLength(text, Practice.SummaryMaxLength);
        RuleFor(c => c.Body).ClubMaxLength(text, Practice.BodyMaxLength);
        RuleFor(c => c.Channels).Must(ch => ch.All(PracticeChannels.All.Contains))
            .WithMessage(_ => text["Scegli i canali dall'elenco."]);
        RuleFor(c => c.TargetRoleIds).ClubRoleIds(text, db);
        RuleFor(c => c.Tags).ClubTags(text);

        When(c => c.Kind == PracticeKind.Resource, () =>
        {
            RuleFor(c => c.ResourceUrl)
                .Cascade(CascadeMode.Stop)
                .Must(u => !string.IsNullOrWhiteSpace(u)).WithMessage(_ => text["Una risorsa ha bisogno del suo indirizzo web."])
                .ClubMaxLength(text, 500)
                .Must(u => Uri.TryCreate(u!.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                    .WithMessage(_ => text["Scrivi un indirizzo web completo, che inizi con https://"]);
            RuleFor(c => c.ResourceFormat)
                .NotNull().WithMessage(_ => text["Scegli il formato della risorsa."])
                .IsInEnum().WithMessage(_ => text["Scegli il formato della risorsa."]);
        });
        When(c => c.Kind == PracticeKind.Story, () =>
        {
            RuleFor(c => c.StoryOrganisation)
                .Cascade(CascadeMode.Stop)
                .Must(o => !string.IsNullOrWhiteSpace(o)).WithMessage(_ => text["Indica l'organizzazione protagonista della storia."])
                .ClubMaxLength(text, 160);
            RuleFor(c => c.StorySector).ClubMaxLength(text, 120);
            RuleFor(c => c.StoryYear).InclusiveBetween(1990, 2100).When(c => c.StoryYear is not null)
                .WithMessage(_ => text["Scrivi un anno tra il 1990 e oggi."]);
            RuleFor(c => c.StoryOutcome)
                .Cascade(CascadeMode.Stop)
                .Must(o => !string.IsNullOrWhiteSpace(o)).WithMessage(_ => text["Racconta com'è andata: il risultato è il cuore di una storia."])
                .ClubMaxLength(text, 2000);
        });
        When(c => c.Kind is PracticeKind.Technique or PracticeKind.Method, () =>
            RuleFor(c => c.StepList)
                .Cascade(CascadeMode.Stop)
                .Must(s => s.Count >= 2).WithMessage(_ => text["Scrivi almeno due passi, uno per riga."])
                .Must(s => s.Count <= Practice.MaxSteps).WithMessage(_ => text["Al massimo {0} passi.", Practice.MaxSteps])
                .Must(s => s.All(step => step.Length <= Practice.StepMaxLength))
                    .WithMessage(_ => text["Ogni passo può avere al massimo {0} caratteri.", Practice.StepMaxLength])
                .OverridePropertyName(nameof(SavePracticeDraft.Steps)));
    }
}

public sealed class SavePracticeDraftHandler(ICurrentMember currentMember, ClubDbContext db, MarkdownRenderer markdown, Following.MentionedMembers mentions, TimeProvider clock, Media.Attachments attachments, Media.ContentImageUses images)
    : ICommandHandler<SavePracticeDraft, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SavePracticeDraft command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var content = ContentOf(command, await mentions.InAsync([command.Body], cancellationToken));
        if (command.PracticeId is not { } id)
        {
            var created = new Practice { Title = "", AuthorId = currentMember.RequiredId, Status = PracticeStatus.Draft, CreatedAt = now, UpdatedAt = now };
            content.ApplyTo(created);
            db.Practices.Add(created);
            await db.SaveChangesAsync(cancellationToken);
            await attachments.KeepInStepAsync(UploadPlace.Practice, created.Id, created.AttachmentIds, cancellationToken);
            await images.KeepInStepAsync(UploadPlace.Practice, created.Id, created.AuthorId, [created.BodyMarkdown], cancellationToken);
            return created.Id;
        }

        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practice is null)
        {
            return PracticeErrors.NotFound;
        }

        // A published practice stays as it is: the edit becomes (or updates) its open revision.
        var open = practice.Status == PracticeStatus.Published ? await PracticeRevisions.OpenAsync(db, practice.Id, cancellationToken) : null;
        if (PracticePermissions.EditRefusal(currentMember, practice.AuthorId, practice.Status, open?.Status) is { } refusal)
        {
            return refusal;
        }

        if (practice.Status is PracticeStatus.Draft or PracticeStatus.ChangesRequested)
        {
            content.ApplyTo(practice);
            practice.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await attachments.KeepInStepAsync(UploadPlace.Practice, practice.Id, practice.AttachmentIds, cancellationToken);
            await images.KeepInStepAsync(UploadPlace.Practice, practice.Id, practice.AuthorId, [practice.BodyMarkdown], cancellationToken);
            return practice.Id;
        }

        if (open is null)
        {
            var number = await db.PracticeRevisions.Where(r => r.PracticeId == practice.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
            db.PracticeRevisions.Add(new PracticeRevision
            {
                PracticeId = practice.Id,
                Number = number + 1,
                AuthorId = currentMember.RequiredId,
                Status = RevisionStatus.Draft,
                Content = content,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
        else
        {
            open.Content = content;
            open.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        // The published text keeps its attachments until the revision is accepted.
        await attachments.KeepInStepAsync(UploadPlace.Practice, practice.Id, [.. practice.AttachmentIds, .. content.AttachmentIds], cancellationToken);
        await images.KeepInStepAsync(UploadPlace.Practice, practice.Id, practice.AuthorId, [practice.BodyMarkdown, content.BodyMarkdown], cancellationToken);
        return practice.Id;
    }

    private PracticeContent ContentOf(SavePracticeDraft command, IReadOnlyDictionary<string, string> members)
    {
        var isResource = command.Kind == PracticeKind.Resource;
        var isStory = command.Kind == PracticeKind.Story;
        var body = (command.Body ?? "").Trim();
        return new PracticeContent
        {
            AttachmentIds = [.. command.AttachmentIds.Distinct()],
            Kind = command.Kind,
            Title = command.Title.Trim(),
            Summary = command.Summary.Trim(),
            BodyMarkdown = body,
            BodyHtml = markdown.ToSafeHtml(body, members),
            Level = command.Level,
            Channels = command.Channels.Distinct().ToArray(),
            TargetRoleIds = command.TargetRoleIds.Distinct().ToArray(),
            Tags = Tags.Parse(command.Tags),
            ResourceUrl = isResource ? command.ResourceUrl?.Trim() : null,
            ResourceFormat = isResource ? command.ResourceFormat : null,
            StoryOrganisation = isStory ? command.StoryOrganisation?.Trim() : null,
            StorySector = isStory ? Clean(command.StorySector) : null,
            StoryYear = isStory ? command.StoryYear : null,
            StoryOutcome = isStory ? command.StoryOutcome?.Trim() : null,
            Steps = command.Kind is PracticeKind.Technique or PracticeKind.Method ? [.. command.StepList] : [],
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
