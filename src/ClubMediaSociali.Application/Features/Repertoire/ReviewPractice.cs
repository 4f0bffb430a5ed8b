using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;
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
/// A moderator decides on a submitted practice, or on a submitted revision of a published one:
/// publish it, send it back with a note, or reject it with a reason. The decision goes to the audit
/// log and the author is told. A rejected revision leaves the published version as it was.
/// </summary>
public sealed record ReviewPractice : ICommand<Result<PracticeStatus>>
{
    public Guid PracticeId { get; init; }

    /// <summary>Set by the caller from the signed-in moderator.</summary>
    public Guid ModeratorId { get; init; }

    /// <summary>The revision under review, or null for a practice's first publication.</summary>
    public int? Revision { get; init; }

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

public sealed class ReviewPracticeHandler(ClubDbContext db, TimeProvider clock, ReputationLedger reputation) : ICommandHandler<ReviewPractice, Result<PracticeStatus>>
{
    public async ValueTask<Result<PracticeStatus>> Handle(ReviewPractice command, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == command.PracticeId, cancellationToken);
        if (practice is null)
        {
            return PracticeErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        string action, notice, link;
        if (command.Revision is { } number)
        {
            var revision = await db.PracticeRevisions.SingleOrDefaultAsync(r => r.PracticeId == practice.Id && r.Number == number, cancellationToken);
            if (revision is null)
            {
                return PracticeErrors.NotFound;
            }

            if (revision.Status != RevisionStatus.Submitted || practice.Status != PracticeStatus.Published)
            {
                return PracticeErrors.NotSubmitted;
            }

            (revision.Status, action, notice) = command.Decision switch
            {
                ReviewDecision.Publish => (RevisionStatus.Published, "practices.revision_publish", "practice.revision_published"),
                ReviewDecision.RequestChanges => (RevisionStatus.ChangesRequested, "practices.revision_request_changes", "practice.revision_changes_requested"),
                _ => (RevisionStatus.Rejected, "practices.revision_reject", "practice.revision_rejected"),
            };
            revision.ModeratorNote = note;
            revision.DecidedById = command.ModeratorId;
            revision.DecidedAt = now;
            if (revision.Status == RevisionStatus.Published)
            {
                revision.Content.ApplyTo(practice);
                practice.UpdatedAt = now;
            }

            link = $"/repertorio/{practice.Id}/versioni/{number}";
        }
        else
        {
            if (practice.Status != PracticeStatus.Submitted)
            {
                return PracticeErrors.NotSubmitted;
            }

            (practice.Status, action, notice) = command.Decision switch
            {
                ReviewDecision.Publish => (PracticeStatus.Published, "practices.publish", "practice.published"),
                ReviewDecision.RequestChanges => (PracticeStatus.ChangesRequested, "practices.request_changes", "practice.changes_requested"),
                _ => (PracticeStatus.Rejected, "practices.reject", "practice.rejected"),
            };
            practice.ModeratorNote = note;
            if (practice.Status == PracticeStatus.Published)
            {
                practice.PublishedAt = now;
                // The first published version opens the practice's history.
                db.PracticeRevisions.Add(new PracticeRevision
                {
                    PracticeId = practice.Id,
                    Number = 1,
                    AuthorId = practice.AuthorId,
                    Status = RevisionStatus.Published,
                    Content = PracticeContent.Of(practice),
                    DecidedById = command.ModeratorId,
                    CreatedAt = practice.CreatedAt,
                    UpdatedAt = now,
                    SubmittedAt = practice.SubmittedAt,
                    DecidedAt = now,
                });
            }

            link = $"/repertorio/{practice.Id}";
        }

        PracticeCuration.Record(db, practice, command.ModeratorId, action, notice, note, link, now);
        await db.SaveChangesAsync(cancellationToken);
        if (command.Revision is null && practice.Status == PracticeStatus.Published)
        {
            await reputation.AwardAsync(practice.AuthorId, ReputationReasons.PracticePublished, practice.Id, cancellationToken);
        }

        return practice.Status;
    }
}
