using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Newsletter;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Editions;

/// <summary>
/// One edition. <paramref name="Number"/> finds it in the public archive (only editions that started leaving
/// are there); <paramref name="Id"/> finds any edition, for moderators.
/// </summary>
public sealed record GetEdition(Guid? Id = null, int? Number = null) : IQuery<Result<EditionView>>;

public sealed record EditionView(NewsletterEdition Edition, int Sent);

public sealed class GetEditionHandler(ClubDbContext db) : IQueryHandler<GetEdition, Result<EditionView>>
{
    public async ValueTask<Result<EditionView>> Handle(GetEdition query, CancellationToken cancellationToken)
    {
        var editions = db.NewsletterEditions.AsNoTracking();
        editions = query.Id is { } id
            ? editions.Where(e => e.Id == id)
            : editions.Where(e => e.Number == query.Number && (e.Status == EditionStatus.Sending || e.Status == EditionStatus.Sent));
        var found = await editions
            .Select(e => new { Edition = e, Sent = db.NewsletterDeliveries.Count(d => d.EditionId == e.Id && d.SentAt != null) })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? EditionErrors.NotFound : new EditionView(found.Edition, found.Sent);
    }
}
