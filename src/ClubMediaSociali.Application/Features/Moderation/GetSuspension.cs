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
