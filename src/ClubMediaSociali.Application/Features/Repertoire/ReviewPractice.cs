using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Repertoire;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Repertoire;

public enum ReviewDecision
{
    Publish = 0,
    RequestChanges = 1,
    Reject = 2,
}

/// <summary>
/// A moderator decides on a submitted practice: publish it, send it back with a note, or reject it
/// with a reason. The decision goes to the audit log and the author is told.
/// </summary>
public sealed record ReviewPractice : ICommand<Result<PracticeStatus>>
{
    public Guid PracticeId { get; init; }

    /// <summary>Set by the caller from the signed-in moderator.</summary>
    public Guid ModeratorId { get; init; }

    public ReviewDecision Decision { get; init; }

    public string? Note { get; init; }
}

public sealed class ReviewPracticeValidator : AbstractValidator<ReviewPractice>
{
    public ReviewPracticeValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Decision).IsInEnum().WithMessage(_ => text["Scegli una decisione."]);
        RuleFor(c => c.Note)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .When(c => c.Decision != ReviewDecision.Publish)
            .WithMessage(_ => text["Spiega all'autore cosa cambiare o perché la pratica non è accolta."]);
        RuleFor(c => c.Note).MaximumLength(Practice.NoteMaxLength)
            .WithMessage(_ => text["Questo campo può avere al massimo {0} caratteri.", Practice.NoteMaxLength]);
    }
}

public sealed class ReviewPracticeHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<ReviewPractice, Result<PracticeStatus>>
{
    public async ValueTask<Result<PracticeStatus>> Handle(ReviewPractice command, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == command.PracticeId, cancellationToken);
        if (practice is null)
        {
            return PracticeErrors.NotFound;
        }

        if (practice.Status != PracticeStatus.Submitted)
        {
            return PracticeErrors.NotSubmitted;
        }

        var now = clock.GetUtcNow();
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        (practice.Status, var action, var notice) = command.Decision switch
        {
            ReviewDecision.Publish => (PracticeStatus.Published, "practices.publish", "practice.published"),
            ReviewDecision.RequestChanges => (PracticeStatus.ChangesRequested, "practices.request_changes", "practice.changes_requested"),
            _ => (PracticeStatus.Rejected, "practices.reject", "practice.rejected"),
        };
        practice.ModeratorNote = note;
        if (practice.Status == PracticeStatus.Published)
        {
            practice.PublishedAt = now;
        }

        db.AuditLog.Add(new AuditEntry
        {
            ActorId = command.ModeratorId,
            Action = action,
            TargetType = "practice",
            TargetId = practice.Id.ToString(),
            Details = practice.Title.Length > 300 ? practice.Title[..300] : practice.Title,
            Reason = note is { Length: > AuditEntry.ReasonMaxLength } ? note[..AuditEntry.ReasonMaxLength] : note,
            At = now,
        });
        if (practice.AuthorId is { } authorId)
        {
            db.Notifications.Add(new Notification
            {
                MemberId = authorId,
                Kind = notice,
                Subject = practice.Title,
                Note = note,
                Link = $"/repertorio/{practice.Id}",
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return practice.Status;
    }
}
