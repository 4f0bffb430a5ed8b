using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>
/// A moderator turns a selected, in-progress or realised idea into a practice draft in the
/// repertoire, credited to the idea's author (or to the moderator when the author has left). The
/// two point to each other; the author finishes the draft and submits it like any other.
/// </summary>
[ChangesPages(PublicPages.Ideas)]
public sealed record TurnIdeaIntoPractice(Guid IdeaId) : ICommand<Result<Guid>>;

public sealed class TurnIdeaIntoPracticeHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<TurnIdeaIntoPractice, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(TurnIdeaIntoPractice command, CancellationToken cancellationToken)
    {
        var idea = await db.Ideas.SingleOrDefaultAsync(i => i.Id == command.IdeaId, cancellationToken);
        if (idea is null)
        {
            return IdeaErrors.NotFound;
        }

        if (idea.Status is not (IdeaStatus.Selected or IdeaStatus.InProgress or IdeaStatus.Realised) || idea.PracticeId is not null)
        {
            return IdeaErrors.Closed;
        }

        var now = clock.GetUtcNow();
        var author = idea.AuthorId ?? currentMember.RequiredId;
        var practice = new Practice
        {
            Kind = PracticeKind.Method,
            Title = idea.Title.Length > Practice.TitleMaxLength ? idea.Title[..Practice.TitleMaxLength] : idea.Title,
            Summary = "",
            BodyMarkdown = idea.BodyMarkdown.Length > Practice.BodyMaxLength ? idea.BodyMarkdown[..Practice.BodyMaxLength] : idea.BodyMarkdown,
            BodyHtml = idea.BodyHtml,
            Tags = idea.Tags,
            TargetRoleIds = idea.RoleIds,
            AuthorId = author,
            Status = PracticeStatus.Draft,
            SourceIdeaId = idea.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Practices.Add(practice);
        idea.PracticeId = practice.Id;
        idea.UpdatedAt = now;
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.TurnIdeaIntoPractice, AuditTargets.Idea, idea.Id, idea.Title, now);
        db.Raise(new IdeaTurnedIntoPractice(idea.Id, practice.Id, currentMember.RequiredId, now), now);

        await db.SaveChangesAsync(cancellationToken);
        return practice.Id;
    }
}
