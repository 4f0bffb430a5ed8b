using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Companies;

/// <summary>A representative accepts or declines a request to join; the member is told either way.</summary>
[ChangesPages(PublicPages.Companies)]
public sealed record DecideJoinRequest(string Slug, Guid MemberId, bool Accept) : ICommand<Result<Unit>>;

public sealed class DecideJoinRequestHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<DecideJoinRequest, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DecideJoinRequest command, CancellationToken cancellationToken)
    {
        var company = await db.Companies.Where(c => c.Slug == command.Slug).Select(c => new { c.Id, c.Name, c.Slug }).SingleOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return CompanyErrors.NotFound;
        }

        if (await CompanyPermissions.ManageRefusalAsync(db, currentMember, company.Id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var tie = await db.CompanyMembers.SingleOrDefaultAsync(
            m => m.CompanyId == company.Id && m.MemberId == command.MemberId && m.Status == CompanyMemberStatus.Requested, cancellationToken);
        if (tie is null)
        {
            return CompanyErrors.NoRequest;
        }

        var now = clock.GetUtcNow();
        tie.Status = command.Accept ? CompanyMemberStatus.Representative : CompanyMemberStatus.Declined;
        tie.DecidedAt = now;
        tie.DecidedById = currentMember.RequiredId;
        db.Raise(new CompanyJoinDecided(company.Id, command.MemberId, command.Accept, now), now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
