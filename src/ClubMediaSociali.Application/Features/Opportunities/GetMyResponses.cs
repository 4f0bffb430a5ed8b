using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Opportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>"Le mie risposte": the member's responses to opportunities with their state, the latest change first.</summary>
public sealed record GetMyResponses : IQuery<IReadOnlyList<MyResponse>>;

public sealed record MyResponse(Guid OpportunityId, string Title, string? CompanyName, string? CompanySlug, ResponseStatus Status, OpportunityStatus OpportunityStatus, DateTimeOffset SentAt, DateTimeOffset UpdatedAt);

public sealed class GetMyResponsesHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetMyResponses, IReadOnlyList<MyResponse>>
{
    public async ValueTask<IReadOnlyList<MyResponse>> Handle(GetMyResponses query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        return await db.OpportunityResponses.AsNoTracking().IgnoreQueryFilters([ClubDbContext.ScreeningFilter])
            .Where(r => r.MemberId == me)
            .Join(db.Opportunities.IgnoreQueryFilters([ClubDbContext.ScreeningFilter]), r => r.OpportunityId, o => o.Id, (r, o) => new { r, o })
            .OrderByDescending(x => x.r.UpdatedAt)
            .Select(x => new MyResponse(
                x.o.Id, x.o.Title,
                db.Companies.Where(c => c.Id == x.o.CompanyId).Select(c => c.Name).FirstOrDefault(),
                db.Companies.Where(c => c.Id == x.o.CompanyId).Select(c => c.Slug).FirstOrDefault(),
                x.r.Status, x.o.Status, x.r.CreatedAt, x.r.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}
