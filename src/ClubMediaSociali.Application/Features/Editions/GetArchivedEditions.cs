using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Newsletter;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Editions;

/// <summary>The public archive: every edition that went out, newest first, with its title and introduction in both languages.</summary>
public sealed record GetArchivedEditions : IQuery<IReadOnlyList<ArchivedEdition>>
{
    public const int Size = 100;
}

public sealed record ArchivedEdition(int Number, DateOnly WeekOf, string TitleIt, string TitleEn, string IntroIt, string IntroEn, DateTimeOffset StartedAt);

public sealed class GetArchivedEditionsHandler(ClubDbContext db) : IQueryHandler<GetArchivedEditions, IReadOnlyList<ArchivedEdition>>
{
    public async ValueTask<IReadOnlyList<ArchivedEdition>> Handle(GetArchivedEditions query, CancellationToken cancellationToken) =>
        await db.NewsletterEditions.AsNoTracking()
            .Where(e => e.Number != null && (e.Status == EditionStatus.Sending || e.Status == EditionStatus.Sent))
            .OrderByDescending(e => e.Number)
            .Take(GetArchivedEditions.Size)
            .Select(e => new ArchivedEdition(e.Number!.Value, e.WeekOf, e.TitleIt, e.TitleEn, e.IntroIt, e.IntroEn, e.SendingStartedAt!.Value))
            .ToListAsync(cancellationToken);
}
