using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Notifications;
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
[ChangesPages(PublicPages.Practices | PublicPages.Home)]
public sealed record ReviewPractice : ICommand<Result<PracticeStatus>>, ITransactional
{
    public Guid PracticeId { get; init; }

    /// <summary>The revision under review, or null for a practice's first publication.</summary>
    public int? Revision { get; init; }

    public ReviewDecision Decision { get; init; }

    public string? Note { get; init; }

    /// <summary>The row version the moderator's page was drawn from (the revision's, or the practice's for a first publication).</summary>
    public uint? Version { get; init; }
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
        RuleFor(c => c.Note).ClubMaxLength(text, Practice.NoteMaxLength);
    }
}

public sealed class ReviewPracticeHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock, Media.Attachments attachments, Media.ContentImageUses images) : ICommandHandler<ReviewPractice, Result<PracticeStatus>>
{
    /// <summary>
    /// Two moderators deciding at once take turns on the practice's row lock; the second then finds the
    /// row changed since its page was drawn, and its decision is refused instead of replacing the first.
    /// </summary>
    public async ValueTask<Result<PracticeStatus>> Handle(ReviewPractice command, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM practices WHERE id = {command.PracticeId} FOR UPDATE", cancellationToken);
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == command.PracticeId, cancellationToken);
        if (practice is null)
        {
            return PracticeErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        string action;
        NotificationKind notice;
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

            if (command.Version is { } seen && seen != revision.Version)
            {
                return PracticeErrors.ChangedMeanwhile;
            }

            (revision.Status, action, notice) = command.Decision switch
            {
                ReviewDecision.Publish => (RevisionStatus.Published, AuditActions.PublishRevision, NotificationKinds.PracticeRevisionPublished),
                ReviewDecision.RequestChanges => (RevisionStatus.ChangesRequested, AuditActions.RequestRevisionChanges, NotificationKinds.PracticeRevisionChangesRequested),
                _ => (RevisionStatus.Rejected, AuditActions.RejectRevision, NotificationKinds.PracticeRevisionRejected),
            };
            revision.ModeratorNote = note;
            revision.DecidedById = currentMember.RequiredId;
            revision.DecidedAt = now;
            if (revision.Status == RevisionStatus.Published)
            {
                revision.Content.ApplyTo(practice);
                practice.UpdatedAt = now;
            }

        }
        else
        {
            if (practice.Status != PracticeStatus.Submitted)
            {
                return PracticeErrors.NotSubmitted;
            }

            if (command.Version is { } seen && seen != practice.Version)
            {
                return PracticeErrors.ChangedMeanwhile;
            }

            (practice.Status, action, notice) = command.Decision switch
            {
                ReviewDecision.Publish => (PracticeStatus.Published, AuditActions.PublishPractice, NotificationKinds.PracticePublished),
                ReviewDecision.RequestChanges => (PracticeStatus.ChangesRequested, AuditActions.RequestPracticeChanges, NotificationKinds.PracticeChangesRequested),
                _ => (PracticeStatus.Rejected, AuditActions.RejectPractice, NotificationKinds.PracticeRejected),
            };
            practice.ModeratorNote = note;
            if (practice.Status == PracticeStatus.Published)
            {
                practice.PublishedAt = now;
                // The first published version opens the practice's history.
                db.PracticeRevisions.Add(PracticeRevision.FirstPublished(practice, currentMember.RequiredId, now));
            }

        }

        PracticeCuration.Record(db, practice, currentMember.RequiredId, action, notice, note, command.Revision, now);
        await db.SaveChangesAsync(cancellationToken);
        // A decided revision's attachments that the practice did not take go; one sent back for changes keeps them.
        var open = await PracticeRevisions.OpenAsync(db, practice.Id, cancellationToken);
        await attachments.KeepInStepAsync(UploadPlace.Practice, practice.Id, [.. practice.AttachmentIds, .. open?.Content.AttachmentIds ?? []], cancellationToken);
        await images.KeepInStepAsync(UploadPlace.Practice, practice.Id, practice.AuthorId, [practice.BodyMarkdown, open?.Content.BodyMarkdown], cancellationToken);
        return practice.Status;
    }
}
