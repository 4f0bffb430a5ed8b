using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Conversations;
using ClubMediaSociali.Application.Domain.Reputation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// The one rule of who may start a conversation with whom, or add someone to one: never across a block (either
/// way); under the recipient's <see cref="MessagePolicy"/>, contacts and the representatives of organisations whose
/// opportunities the recipient answered always, others as the setting says (from trust level "membro" by default).
/// Checked when a conversation is created and, for blocks, when a message is sent.
/// </summary>
public static class WhoMayWrite
{
    /// <summary>Those of <paramref name="others"/> that <paramref name="me"/> may not write to (empty when all may be).</summary>
    public static async Task<IReadOnlySet<Guid>> RefusedAsync(
        ClubDbContext db, Guid me, TrustLevel myLevel, IReadOnlyCollection<Guid> others, CancellationToken cancellationToken)
    {
        var ids = others.ToArray();
        var policies = await db.Users.Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.MessagePolicy }).ToDictionaryAsync(m => m.Id, m => m.MessagePolicy, cancellationToken);
        var blocked = await Following.Blocks.AmongAsync(db, me, ids, cancellationToken);
        var contacts = await Connections.People.ContactIds(db, me).Where(id => ids.Contains(id)).ToListAsync(cancellationToken);
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
}
