using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// From its start on, an organiser turns the event and its materials into a practice draft of the repertoire (a story
/// or a resource), as ideas become practices: credited to its first speaker (the organiser when it had none), who
/// finishes and submits it; the other speakers are named in it. The event and the practice point to each other.
/// </summary>
[ChangesNoPublicPage("A draft is its author's until it is published.")]
public sealed record TurnEventIntoPractice(Guid EventId, PracticeKind Kind) : ICommand<Result<Guid>>, ITransactional;

public sealed class TurnEventIntoPracticeHandler(
    ICurrentMember currentMember, ClubDbContext db, MarkdownRenderer markdown, Microsoft.Extensions.Localization.IStringLocalizer<Common.ValidationMessages> text, TimeProvider clock)
    : ICommandHandler<TurnEventIntoPractice, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(TurnEventIntoPractice command, CancellationToken cancellationToken)
    {
        var e = await db.Events.SingleOrDefaultAsync(x => x.Id == command.EventId, cancellationToken);
        if (e is null)
        {
            return EventErrors.NotFound;
        }

        if (!await EventPermissions.ManagesAsync(db, currentMember, e, cancellationToken))
        {
            return EventErrors.NotOrganizer;
        }

        var now = clock.GetUtcNow();
        if (e.Status == EventStatus.Cancelled)
        {
            return EventErrors.Cancelled;
        }

        if (now < e.StartsAt)
        {
            return EventErrors.NotStarted;
        }

        if (command.Kind is not (PracticeKind.Story or PracticeKind.Resource))
        {
            return EventErrors.PracticeKind;
        }

        if (e.PracticeId is not null)
        {
            return EventErrors.AlreadyTurned;
        }

        var speakerIds = e.SpeakerIds;
        var found = await db.Users.Where(m => speakerIds.Contains(m.Id) && m.DeletedAt == null)
            .Select(m => new { m.Id, m.Handle, m.DisplayName }).ToDictionaryAsync(m => m.Id, cancellationToken);
        var speakers = speakerIds.Where(found.ContainsKey).Select(id => found[id]).ToList();

        // The draft's text in the organiser's language (the Application's texts live with its validation messages):
        // the description, then who spoke (linked to their profiles), then the materials.
        var body = new System.Text.StringBuilder(e.DescriptionMarkdown.Trim());
        if (speakers.Count > 0)
        {
            body.Append("\n\n## ").Append(text["Relatori"]).Append("\n\n")
                .AppendJoin("\n", speakers.Select(s => $"- [{LinkText(s.DisplayName)}](/membri/{s.Handle})"));
        }

        if (e.Materials.Length > 0)
        {
            body.Append("\n\n## ").Append(text["Materiali"]).Append("\n\n")
                .AppendJoin("\n", e.Materials.Select(m => $"- [{LinkText(m.Title)}](<{m.Url}>)"));
        }

        var markdownBody = body.ToString();
        if (markdownBody.Length > Practice.BodyMaxLength)
        {
            markdownBody = markdownBody[..Practice.BodyMaxLength];
        }

        var resource = command.Kind == PracticeKind.Resource
            ? e.Materials.FirstOrDefault(m => m.Kind == MaterialKind.Recording) ?? e.Materials.FirstOrDefault()
            : null;
        var practice = new Practice
        {
            Kind = command.Kind,
            Title = e.Title.Length > Practice.TitleMaxLength ? e.Title[..Practice.TitleMaxLength] : e.Title,
            Summary = PlainText.Of(e.DescriptionMarkdown, Practice.SummaryMaxLength - 20) ?? "",
            BodyMarkdown = markdownBody,
            BodyHtml = markdown.ToSafeHtml(markdownBody),
            ResourceUrl = resource?.Url,
            ResourceFormat = resource is null ? null : resource.Kind == MaterialKind.Recording ? ResourceFormat.Video : resource.Kind == MaterialKind.Slides ? ResourceFormat.Slides : ResourceFormat.Article,
            StoryYear = command.Kind == PracticeKind.Story ? EventTimes.ToLocal(e.StartsAt, e.TimeZone).Year : null,
            Tags = e.Tags,
            TargetRoleIds = e.RoleIds,
            AuthorId = speakers.Count > 0 ? speakers[0].Id : currentMember.RequiredId,
            Status = PracticeStatus.Draft,
            SourceEventId = e.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Practices.Add(practice);
        e.PracticeId = practice.Id;
        e.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return practice.Id;
    }

    /// <summary>A name or title as a link's text: its brackets escaped, so it cannot end the link early.</summary>
    private static string LinkText(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
