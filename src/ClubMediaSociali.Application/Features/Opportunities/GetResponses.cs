using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Opportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>The responses to an opportunity, for its company's representatives only.</summary>
public sealed record GetResponses(Guid OpportunityId, Language Language) : IQuery<Result<ResponsesView>>;

public sealed record ApplicantResponse(
    Guid MemberId, string DisplayName, string? Handle, string? PrimaryRole, string[] Offers, string Message, ResponseStatus Status, DateTimeOffset At)
{
    /// <summary>The applicant's standing in the Club, so representatives see who has given the most.</summary>
    public int Reputation { get; init; }

    public Domain.Reputation.TrustLevel Trust { get; init; }

    /// <summary>The CV or portfolio sent with the response, downloaded through its own authorized address.</summary>
    public Guid? CvUploadId { get; init; }

    /// <summary>The row version, carried by the status buttons so a stale page cannot undo a colleague's decision.</summary>
    public uint Version { get; init; }
}

public sealed record ResponsesView(Guid OpportunityId, string Title, string CompanyName, IReadOnlyList<ApplicantResponse> Responses);

public sealed class GetResponsesHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<GetResponses, Result<ResponsesView>>
{
    public async ValueTask<Result<ResponsesView>> Handle(GetResponses query, CancellationToken cancellationToken)
    {
        var english = query.Language == Language.English;
        var opportunity = await db.Opportunities.Where(o => o.Id == query.OpportunityId)
            .Join(db.Companies, o => o.CompanyId, c => c.Id, (o, c) => new { o.Id, o.Title, c.Name, CompanyId = c.Id })
            .SingleOrDefaultAsync(cancellationToken);
        if (opportunity is null)
        {
            return OpportunityErrors.NotFound;
        }

        if (await OpportunityPermissions.ManageRefusalAsync(db, currentMember, opportunity.CompanyId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var responses = await db.OpportunityResponses.AsNoTracking()
            .Where(r => r.OpportunityId == opportunity.Id)
            .Join(db.Users, r => r.MemberId, u => u.Id, (r, u) => new
            {
                r.MemberId,
                u.DisplayName,
                u.Handle,
                r.Message,
                r.Status,
                r.CreatedAt,
                r.Version,
                r.CvUploadId,
                u.OffersTags,
                Role = english ? u.PrimaryRole!.NameEn : u.PrimaryRole!.NameIt,
                u.Reputation,
                u.JoinedAt,
            })
            .OrderBy(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new ResponsesView(opportunity.Id, opportunity.Title, opportunity.Name, [.. responses.Select(r => new ApplicantResponse(
            r.MemberId, r.DisplayName, r.Handle, r.Role, r.OffersTags, r.Message, r.Status, r.CreatedAt)
        {
            Reputation = r.Reputation,
            Trust = Domain.Reputation.TrustLevels.For(r.Reputation, r.JoinedAt, now),
            Version = r.Version,
            CvUploadId = r.CvUploadId,
        })]);
    }
}
