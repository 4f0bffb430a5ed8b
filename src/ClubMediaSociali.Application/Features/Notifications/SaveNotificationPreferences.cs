using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>
/// Saves the member's choices. Turning the digest on records the member's consent to it, with the privacy
/// notice's version; turning it off records the withdrawal. Unknown categories are ignored.
/// </summary>
[ChangesNoPublicPage("A member's own mail preferences.")]
public sealed record SaveNotificationPreferences(IReadOnlyDictionary<string, NotificationChannel> Channels, DigestFrequency Digest, bool MessageMail = true)
    : ICommand<Result<Unit>>;

public sealed class SaveNotificationPreferencesHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SaveNotificationPreferences, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(SaveNotificationPreferences command, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == currentMember.RequiredId && m.DeletedAt == null, cancellationToken);
        if (member is null)
        {
            return Members.ProfileErrors.NotFound;
        }

        var existing = await db.NotificationSettings.Where(s => s.MemberId == member.Id).ToDictionaryAsync(s => s.Category, cancellationToken);
        foreach (var category in NotificationCategories.All)
        {
            var channel = command.Channels.TryGetValue(category, out var c) && Enum.IsDefined(c) ? c : NotificationCategories.DefaultChannel(category);
            if (existing.TryGetValue(category, out var setting))
            {
                setting.Channel = channel;
            }
            else if (channel != NotificationCategories.DefaultChannel(category))
            {
                db.NotificationSettings.Add(new NotificationSetting { MemberId = member.Id, Category = category, Channel = channel });
            }
        }

        var digest = Enum.IsDefined(command.Digest) ? command.Digest : DigestFrequency.Off;
        if ((digest == DigestFrequency.Off) != (member.DigestFrequency == DigestFrequency.Off))
        {
            Digests.RecordConsent(db, member.Id, granted: digest != DigestFrequency.Off, clock.GetUtcNow());
        }

        member.DigestFrequency = digest;
        member.MessageMailOff = !command.MessageMail;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
