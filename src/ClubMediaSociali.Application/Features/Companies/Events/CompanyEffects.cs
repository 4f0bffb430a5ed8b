using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Companies;

/// <summary>Tells the company's representatives that someone asks to join them.</summary>
public sealed class TellRepresentativesOfRequest(ClubDbContext db) : IEffect<CompanyJoinRequested>
{
    public async Task RunAsync(CompanyJoinRequested requested, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == requested.CompanyId).Select(c => new { c.Name, c.Slug }).SingleAsync(cancellationToken);
        await Representatives.NotifyAsync(db, requested.CompanyId, NotificationKinds.CompanyJoinRequest, company.Name, Target.Company(company.Slug), requested.At, cancellationToken,
            actor: requested.MemberId);
    }
}

/// <summary>Tells the member whether they now represent the company.</summary>
public sealed class TellApplicantOfDecision(ClubDbContext db) : IEffect<CompanyJoinDecided>
{
    public async Task RunAsync(CompanyJoinDecided decided, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == decided.CompanyId).Select(c => new { c.Name, c.Slug }).SingleAsync(cancellationToken);
        db.Notifications.Add(Notification.Of(
            decided.MemberId, decided.Accepted ? NotificationKinds.CompanyJoinAccepted : NotificationKinds.CompanyJoinDeclined,
            company.Name, Target.Company(company.Slug), decided.At));
    }
}
