using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Legal;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>The member's consents, newest first, and whether the digest is currently on.</summary>
public sealed record GetPrivacyOverview(Guid MemberId) : IQuery<PrivacyOverview>;

public sealed record PrivacyOverview(bool DigestConsented, IReadOnlyList<ConsentEntry> History);

public sealed record ConsentEntry(ConsentKind Kind, string Version, bool Granted, DateTimeOffset RecordedAt);

public sealed class GetPrivacyOverviewHandler(ClubDbContext db) : IQueryHandler<GetPrivacyOverview, PrivacyOverview>
{
    public async ValueTask<PrivacyOverview> Handle(GetPrivacyOverview query, CancellationToken cancellationToken)
    {
        var history = await db.ConsentRecords
            .AsNoTracking()
            .Where(c => c.MemberId == query.MemberId)
            .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
            .Select(c => new ConsentEntry(c.Kind, c.Version, c.Granted, c.RecordedAt))
            .ToListAsync(cancellationToken);
        var digest = history.FirstOrDefault(c => c.Kind == ConsentKind.EmailDigest);
        return new PrivacyOverview(digest?.Granted == true, history);
    }
}

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
