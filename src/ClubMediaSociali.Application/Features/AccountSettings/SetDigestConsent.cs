using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>Gives or withdraws the consent to the email digest; each change is a new record.</summary>
[ChangesNoPublicPage("A member's own mail preferences.")]
public sealed record SetDigestConsent(bool Granted) : ICommand<Result<bool>>;

public sealed class SetDigestConsentHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SetDigestConsent, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(SetDigestConsent command, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(m => m.Id == currentMember.RequiredId && m.DeletedAt == null, cancellationToken))
        {
            return ProfileErrors.NotFound;
        }

        Notifications.Digests.RecordConsent(db, currentMember.RequiredId, command.Granted, clock.GetUtcNow());
        // The digest follows the consent: on, weekly unless the member already chose daily; off when withdrawn.
        var frequency = await db.Users.Where(m => m.Id == currentMember.RequiredId).Select(m => m.DigestFrequency).SingleAsync(cancellationToken);
        var wanted = !command.Granted ? DigestFrequency.Off : frequency == DigestFrequency.Off ? DigestFrequency.Weekly : frequency;
        await db.Users.Where(m => m.Id == currentMember.RequiredId).ExecuteUpdateAsync(s => s.SetProperty(m => m.DigestFrequency, wanted), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return command.Granted;
    }
}
