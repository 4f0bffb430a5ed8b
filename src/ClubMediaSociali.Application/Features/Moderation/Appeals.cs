using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>Why a member is suspended, for the page they see instead of signing in; null when they are not.</summary>
public sealed record GetSuspension(Guid MemberId) : IQuery<SuspensionView?>;

/// <param name="Reason">The admin's reason; null for a spam marking, which the page explains in its own words.</param>
public sealed record SuspensionView(Guid MemberId, string DisplayName, DateTimeOffset Since, bool ForSpam, string? Reason, DateTimeOffset? AppealSentAt);

public sealed class GetSuspensionHandler(ClubDbContext db) : IQueryHandler<GetSuspension, SuspensionView?>
{
    public async ValueTask<SuspensionView?> Handle(GetSuspension query, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(m => m.Id == query.MemberId && m.SuspendedAt != null && m.DeletedAt == null)
            .Select(m => new SuspensionView(
                m.Id, m.DisplayName, m.SuspendedAt!.Value, m.SuspendedForSpam, m.SuspensionReason,
                db.SuspensionAppeals.Where(a => a.MemberId == m.Id && a.ClosedAt == null).Select(a => (DateTimeOffset?)a.SentAt).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
}

/// <summary>
/// A suspended member asks to be reinstated. They cannot sign in, so the web layer vouches for who they are (a
/// signed token given on the suspension page after their password); one open appeal at a time.
/// </summary>
[ChangesNoPublicPage("an appeal is read by moderators only")]
public sealed record AppealSuspension : ICommand<Result<Unit>>
{
    public Guid MemberId { get; init; }

    public string Text { get; init; } = "";
}

public sealed class AppealSuspensionValidator : AbstractValidator<AppealSuspension>
{
    public AppealSuspensionValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Spiega ai moderatori perché la sospensione è un errore."]);
        RuleFor(c => c.Text).ClubMaxLength(text, SuspensionAppeal.TextMaxLength);
    }
}

public sealed class AppealSuspensionHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<AppealSuspension, Result<Unit>>
{
    public static readonly Error AlreadySent = Error.Conflict("moderation.appeal_sent");

    public async ValueTask<Result<Unit>> Handle(AppealSuspension command, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(m => m.Id == command.MemberId && m.SuspendedAt != null && m.DeletedAt == null, cancellationToken))
        {
            return ModerationErrors.NotSuspended;
        }

        if (await db.SuspensionAppeals.AnyAsync(a => a.MemberId == command.MemberId && a.ClosedAt == null, cancellationToken))
        {
            return AlreadySent;
        }

        db.SuspensionAppeals.Add(new SuspensionAppeal { MemberId = command.MemberId, Text = command.Text.Trim(), SentAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Open appeals, oldest first, with the suspension they ask to lift.</summary>
public sealed record GetAppeals : IQuery<IReadOnlyList<AppealEntry>>
{
    public const int Limit = 100;
}

public sealed record AppealEntry(Guid Id, Guid MemberId, string DisplayName, string Handle, bool ForSpam, string? Reason, DateTimeOffset SuspendedAt, string Text, DateTimeOffset SentAt);

public sealed class GetAppealsHandler(ClubDbContext db) : IQueryHandler<GetAppeals, IReadOnlyList<AppealEntry>>
{
    public async ValueTask<IReadOnlyList<AppealEntry>> Handle(GetAppeals query, CancellationToken cancellationToken) =>
        await db.SuspensionAppeals.AsNoTracking()
            .Where(a => a.ClosedAt == null)
            .OrderBy(a => a.SentAt)
            .Take(GetAppeals.Limit)
            .Join(db.Users.Where(m => m.SuspendedAt != null), a => a.MemberId, m => m.Id, (a, m) => new AppealEntry(
                a.Id, m.Id, m.DisplayName, m.Handle, m.SuspendedForSpam, m.SuspensionReason, m.SuspendedAt!.Value, a.Text, a.SentAt))
            .ToListAsync(cancellationToken);
}

/// <summary>A moderator reads an appeal and keeps the suspension: the appeal closes, and the member may write again.</summary>
[ChangesNoPublicPage("the suspension stays as it was")]
public sealed record DismissAppeal(Guid AppealId) : ICommand<Result<Unit>>;

public sealed class DismissAppealHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<DismissAppeal, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DismissAppeal command, CancellationToken cancellationToken)
    {
        var appeal = await db.SuspensionAppeals.SingleOrDefaultAsync(a => a.Id == command.AppealId && a.ClosedAt == null, cancellationToken);
        if (appeal is null)
        {
            return ModerationErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        appeal.ClosedAt = now;
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.DismissAppeal, AuditTargets.Member, appeal.MemberId, null, now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
