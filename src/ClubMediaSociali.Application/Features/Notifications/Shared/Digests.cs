using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Legal;
using ClubMediaSociali.Application.Domain.Members;

namespace ClubMediaSociali.Application.Features.Notifications;

internal static class Digests
{
    public static void RecordConsent(ClubDbContext db, Guid memberId, bool granted, DateTimeOffset now) =>
        db.ConsentRecords.Add(new ConsentRecord
        {
            MemberId = memberId,
            Kind = ConsentKind.EmailDigest,
            Version = PolicyVersions.Privacy,
            Granted = granted,
            RecordedAt = now,
        });
}
