using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>The member's choices: for each category in the site, by email or off; the digest's frequency; mail for messages left unread.</summary>
public sealed record GetNotificationPreferences() : IQuery<NotificationPreferences>;

public sealed record NotificationPreferences(IReadOnlyDictionary<string, NotificationChannel> Channels, DigestFrequency Digest, bool MessageMail);

public sealed class GetNotificationPreferencesHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetNotificationPreferences, NotificationPreferences>
{
    public async ValueTask<NotificationPreferences> Handle(GetNotificationPreferences query, CancellationToken cancellationToken)
    {
        var chosen = await db.NotificationSettings.AsNoTracking().Where(s => s.MemberId == currentMember.RequiredId)
            .ToDictionaryAsync(s => s.Category, s => s.Channel, cancellationToken);
        var member = await db.Users.Where(m => m.Id == currentMember.RequiredId).Select(m => new { m.DigestFrequency, m.MessageMailOff }).SingleAsync(cancellationToken);
        return new NotificationPreferences(
            NotificationCategories.All.ToDictionary(c => c, c => chosen.GetValueOrDefault(c, NotificationCategories.DefaultChannel(c))),
            member.DigestFrequency,
            !member.MessageMailOff);
    }
}
