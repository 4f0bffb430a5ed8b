using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
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

public enum CurationAction
{
    Feature = 0,
    Unfeature = 1,
    Archive = 2,
    Restore = 3,
}

/// <summary>
/// A moderator puts a published practice in evidence (or takes it out), archives it when it no
/// longer holds (it leaves lists and search but its page still answers), or restores it.
/// Archiving needs a reason, which the author is told.
/// </summary>
[ChangesPages(PublicPages.Practices | PublicPages.Home)]
public sealed record CuratePractice : ICommand<Result<PracticeStatus>>
{
    public Guid PracticeId { get; init; }

    public CurationAction Action { get; init; }

    public string? Reason { get; init; }
}

public sealed class CuratePracticeValidator : AbstractValidator<CuratePractice>
{
    public CuratePracticeValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Action).IsInEnum().WithMessage(_ => text["Scegli una decisione."]);
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(c => c.Action == CurationAction.Archive)
            .WithMessage(_ => text["Spiega perché la pratica va in archivio."]);
        RuleFor(c => c.Reason).ClubMaxLength(text, Practice.NoteMaxLength);
    }
}

public sealed class CuratePracticeHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<CuratePractice, Result<PracticeStatus>>
{
    public async ValueTask<Result<PracticeStatus>> Handle(CuratePractice command, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == command.PracticeId, cancellationToken);
        if (practice is null)
        {
            return PracticeErrors.NotFound;
        }

        var expected = command.Action == CurationAction.Restore ? PracticeStatus.Archived : PracticeStatus.Published;
        if (practice.Status != expected)
        {
            return PracticeErrors.NotEditable;
        }

        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        var (action, notice) = command.Action switch
        {
            CurationAction.Feature => (AuditActions.FeaturePractice, NotificationKinds.PracticeFeatured),
            CurationAction.Unfeature => (AuditActions.UnfeaturePractice, (NotificationKind?)null),
            CurationAction.Archive => (AuditActions.ArchivePractice, NotificationKinds.PracticeArchived),
            _ => (AuditActions.RestorePractice, NotificationKinds.PracticeRestored),
        };
        switch (command.Action)
        {
            case CurationAction.Feature or CurationAction.Unfeature:
                practice.Featured = command.Action == CurationAction.Feature;
                break;
            case CurationAction.Archive:
                practice.Status = PracticeStatus.Archived;
                practice.Featured = false;
                break;
            default:
                practice.Status = PracticeStatus.Published;
                break;
        }

        PracticeCuration.Record(db, practice, currentMember.RequiredId, action, notice, reason, null, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        return practice.Status;
    }
}
