using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Conversations;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Reputation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// The one rule of who may start a conversation with whom, or add someone to one: never across a block (either
/// way); under the recipient's <see cref="MessagePolicy"/>, contacts and the representatives of organisations whose
/// opportunities the recipient answered always, others as the setting says (from trust level "membro" by default).
/// Checked when a conversation is created, when someone is added and, for blocks, when a message is sent.
/// </summary>
public static class WhoMayWrite
{
    /// <summary>Those of <paramref name="others"/> that <paramref name="me"/> may not write to (empty when all may be).</summary>
    public static async Task<IReadOnlySet<Guid>> RefusedAsync(
        ClubDbContext db, Guid me, TrustLevel myLevel, IReadOnlyCollection<Guid> others, CancellationToken cancellationToken)
    {
        var ids = others.ToArray();
        var policies = await db.Users.Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.MessagePolicy }).ToDictionaryAsync(m => m.Id, m => m.MessagePolicy, cancellationToken);
        var blocked = await BlockedAmongAsync(db, me, ids, cancellationToken);
        var contacts = await db.Connections
            .Where(c => c.Status == ConnectionStatus.Accepted && ((c.LowId == me && ids.Contains(c.HighId)) || (c.HighId == me && ids.Contains(c.LowId))))
            .Select(c => c.LowId == me ? c.HighId : c.LowId)
            .ToListAsync(cancellationToken);
        var applicants = await db.OpportunityResponses
            .Where(r => ids.Contains(r.MemberId) && db.Opportunities.Any(o => o.Id == r.OpportunityId
                && db.CompanyMembers.Any(cm => cm.CompanyId == o.CompanyId && cm.MemberId == me && cm.Status == CompanyMemberStatus.Representative)))
            .Select(r => r.MemberId)
            .Distinct()
            .ToListAsync(cancellationToken);

        var refused = new HashSet<Guid>();
        foreach (var other in ids)
        {
            var known = contacts.Contains(other) || applicants.Contains(other);
            var allowed = policies.TryGetValue(other, out var policy) && !blocked.Contains(other) && policy switch
            {
                MessagePolicy.Everyone => true,
                MessagePolicy.FromMembers => known || myLevel >= TrustLevel.Member,
                MessagePolicy.ContactsOnly => known,
                _ => false,
            };
            if (!allowed)
            {
                refused.Add(other);
            }
        }

        return refused;
    }

    /// <summary>Those of <paramref name="others"/> with a block between them and <paramref name="me"/>, whichever made it.</summary>
    public static async Task<IReadOnlySet<Guid>> BlockedAmongAsync(ClubDbContext db, Guid me, IReadOnlyCollection<Guid> others, CancellationToken cancellationToken)
    {
        var ids = others.ToArray();
        var blocked = await db.MemberBlocks
            .Where(b => b.Kind == BlockKind.Block && ((b.MemberId == me && ids.Contains(b.OtherId)) || (b.OtherId == me && ids.Contains(b.MemberId))))
            .Select(b => b.MemberId == me ? b.OtherId : b.MemberId)
            .ToListAsync(cancellationToken);
        return blocked.ToHashSet();
    }
}
