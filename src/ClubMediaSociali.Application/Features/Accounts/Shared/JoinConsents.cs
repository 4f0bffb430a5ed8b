using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Legal;
using ClubMediaSociali.Application.Domain.Members;

namespace ClubMediaSociali.Application.Features.Accounts;

/// <summary>The consents every way of joining records: terms and privacy given, the digest as chosen, with the texts' versions.</summary>
internal static class JoinConsents
{
    public static void Record(ClubDbContext db, Guid memberId, bool acceptDigest, DateTimeOffset now)
    {
        db.ConsentRecords.AddRange(
            new ConsentRecord { MemberId = memberId, Kind = ConsentKind.Terms, Version = PolicyVersions.Terms, Granted = true, RecordedAt = now },
            new ConsentRecord { MemberId = memberId, Kind = ConsentKind.Privacy, Version = PolicyVersions.Privacy, Granted = true, RecordedAt = now });
        Notifications.Digests.RecordConsent(db, memberId, acceptDigest, now);
    }
}
