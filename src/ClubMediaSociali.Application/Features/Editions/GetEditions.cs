using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Newsletter;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Editions;

/// <summary>Every edition, newest week first, as moderators follow them: state, time and mails sent so far.</summary>
public sealed record GetEditions : IQuery<IReadOnlyList<EditionSummary>>;

public sealed record EditionSummary(
    Guid Id, int? Number, DateOnly WeekOf, string Title, EditionStatus Status, DateTimeOffset? ScheduledFor, DateTimeOffset? SentAt, int Recipients, int Sent);

public sealed class GetEditionsHandler(ClubDbContext db) : IQueryHandler<GetEditions, IReadOnlyList<EditionSummary>>
{
    public async ValueTask<IReadOnlyList<EditionSummary>> Handle(GetEditions query, CancellationToken cancellationToken) =>
        await db.NewsletterEditions.AsNoTracking()
            .OrderByDescending(e => e.WeekOf)
            .Take(60)
            .Select(e => new EditionSummary(
                e.Id, e.Number, e.WeekOf, e.TitleIt, e.Status, e.ScheduledFor, e.SentAt, e.Recipients,
                db.NewsletterDeliveries.Count(d => d.EditionId == e.Id && d.SentAt != null)))
            .ToListAsync(cancellationToken);
}
