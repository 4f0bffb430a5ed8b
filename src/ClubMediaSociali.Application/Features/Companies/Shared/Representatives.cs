using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Companies;

/// <summary>Who speaks for a company.</summary>
public static class Representatives
{
    public static Task<bool> IsRepresentativeAsync(ClubDbContext db, Guid companyId, Guid memberId, CancellationToken cancellationToken) =>
        db.CompanyMembers.AnyAsync(m => m.CompanyId == companyId && m.MemberId == memberId && m.Status == CompanyMemberStatus.Representative, cancellationToken);

    /// <summary>Adds a notification for each of the company's representatives, saved with the rest of the change.</summary>
    public static async Task NotifyAsync(
        ClubDbContext db, Guid companyId, NotificationKind kind, string subject, Target target, DateTimeOffset at, CancellationToken cancellationToken, string? note = null,
        Guid? actor = null)
    {
        var representatives = await db.CompanyMembers
            .Where(m => m.CompanyId == companyId && m.Status == CompanyMemberStatus.Representative)
            .Select(m => m.MemberId).ToListAsync(cancellationToken);
        db.Notifications.AddRange(representatives.Select(memberId => Notification.Of(memberId, kind, subject, target, at, note, actor: actor)));
    }
}
