using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>Gives or withdraws the consent to the email digest; each change is a new record.</summary>
public sealed record SetDigestConsent(Guid MemberId, bool Granted) : ICommand<Result<bool>>;

public sealed class SetDigestConsentHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<SetDigestConsent, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(SetDigestConsent command, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(m => m.Id == command.MemberId && m.DeletedAt == null, cancellationToken))
        {
            return ProfileErrors.NotFound;
        }

        Notifications.Digests.RecordConsent(db, command.MemberId, command.Granted, clock.GetUtcNow());
        // The digest follows the consent: on, weekly unless the member already chose daily; off when withdrawn.
        var frequency = await db.Users.Where(m => m.Id == command.MemberId).Select(m => m.DigestFrequency).SingleAsync(cancellationToken);
        var wanted = !command.Granted ? DigestFrequency.Off : frequency == DigestFrequency.Off ? DigestFrequency.Weekly : frequency;
        await db.Users.Where(m => m.Id == command.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.DigestFrequency, wanted), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return command.Granted;
    }
}
