using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>
/// The one-click way out of the digest, from the link in every digest: the frequency goes to off and the
/// withdrawal of consent is recorded. Doing it twice changes nothing more.
/// </summary>
[ChangesNoPublicPage("A member's own mail preferences.")]
public sealed record StopDigest(Guid MemberId) : ICommand<bool>;

public sealed class StopDigestHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<StopDigest, bool>
{
    public async ValueTask<bool> Handle(StopDigest command, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == command.MemberId && m.DeletedAt == null, cancellationToken);
        if (member is null)
        {
            return false;
        }

        if (member.DigestFrequency != DigestFrequency.Off)
        {
            member.DigestFrequency = DigestFrequency.Off;
            Digests.RecordConsent(db, member.Id, granted: false, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
