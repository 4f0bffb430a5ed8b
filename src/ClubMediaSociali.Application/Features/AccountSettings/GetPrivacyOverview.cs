using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>The member's consents, newest first, and whether the digest is currently on.</summary>
public sealed record GetPrivacyOverview() : IQuery<PrivacyOverview>;

public sealed record PrivacyOverview(bool DigestConsented, IReadOnlyList<ConsentEntry> History);

public sealed record ConsentEntry(ConsentKind Kind, string Version, bool Granted, DateTimeOffset RecordedAt);

public sealed class GetPrivacyOverviewHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetPrivacyOverview, PrivacyOverview>
{
    public async ValueTask<PrivacyOverview> Handle(GetPrivacyOverview query, CancellationToken cancellationToken)
    {
        var history = await db.ConsentRecords
            .AsNoTracking()
            .Where(c => c.MemberId == currentMember.RequiredId)
            .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
            .Select(c => new ConsentEntry(c.Kind, c.Version, c.Granted, c.RecordedAt))
            .ToListAsync(cancellationToken);
        var digest = history.FirstOrDefault(c => c.Kind == ConsentKind.EmailDigest);
        return new PrivacyOverview(digest?.Granted == true, history);
    }
}
