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
