using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>
/// Marking a member as a spammer, and taking it back, each in one step. Marking hides every contribution of theirs
/// (<see cref="Screening.Spam"/>), suspends the account, closes their open holds and adds the domains their marked
/// contribution links to the marked list; "not spam" undoes exactly that.
/// </summary>
public sealed class SpamMarking(
    ClubDbContext db, Comments.CommentThreads threads, MarkdownRenderer markdown, ContentScreening screening, Conversations.ConversationSignals signals)
{
    /// <summary>Domains so widely used that marking one would hold half the Club: never added by a marking.</summary>
    private static readonly string[] NeverMarked =
    [
        "google.com", "google.it", "youtube.com", "youtu.be", "linkedin.com", "facebook.com", "instagram.com", "x.com", "twitter.com",
        "tiktok.com", "wikipedia.org", "github.com", "medium.com", "whatsapp.com", "amazon.it", "amazon.com", "apple.com",
        "microsoft.com", "substack.com", "wordpress.com", "blogspot.com", "canva.com", "vimeo.com", "spotify.com",
    ];

    /// <summary>The most comment threads recounted after a marking: a spammer's comments rarely reach this many.</summary>
    private const int ThreadsRecounted = 200;

    public async Task<Result<IReadOnlyList<string>>> MarkAsync(Guid memberId, Guid actorId, ContentKind? kind, Guid? targetId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == memberId && m.DeletedAt == null, cancellationToken);
        if (member is null)
        {
            return ModerationErrors.NotFound;
        }

        if (member.Id == actorId || await db.UserRoles.AnyAsync(r => r.UserId == memberId, cancellationToken))
        {
            return ModerationErrors.Staff;
        }

        var domains = kind is { } k && targetId is { } t ? await DomainsToMarkAsync(k, t, memberId, cancellationToken) : [];
        await SetScreeningAsync(memberId, from: null, to: Screening.Spam, now, cancellationToken);
        member.ProfileScreening = Screening.Spam;
        member.SuspendedAt = now;
        member.SuspendedById = actorId;
        member.SuspendedForSpam = true;
        member.SuspensionReason = null;
        // A new stamp signs the member out of every session at its next check.
        member.SecurityStamp = Guid.NewGuid().ToString();

        await db.HeldItems.Where(h => h.AuthorId == memberId && h.DecidedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.DecidedAt, now).SetProperty(h => h.DecidedById, actorId).SetProperty(h => h.Outcome, HoldOutcome.Spam), cancellationToken);
        var known = await db.SpamMarkers.Where(m => m.Kind == SpamMarkerKind.Domain && domains.Contains(m.Value)).Select(m => m.Value).ToListAsync(cancellationToken);
        var added = domains.Except(known).ToList();
        db.SpamMarkers.AddRange(added.Select(d => new SpamMarker { Kind = SpamMarkerKind.Domain, Value = d, AddedById = actorId, FromMemberId = memberId, AddedAt = now }));
        db.AuditLog.Record(actorId, AuditActions.MarkSpam, AuditTargets.Member, memberId, added.Count == 0 ? null : string.Join(", ", added), now);
        await db.SaveChangesAsync(cancellationToken);
        await screening.MarksChangedAsync(cancellationToken);
        await RecountThreadsAsync(memberId, cancellationToken);
        return added;
    }

    /// <summary>"Not spam": the member's contributions come back, the suspension is lifted and the domains their marking added are taken back.</summary>
    public async Task<Result<Member>> ClearAsync(Guid memberId, Guid actorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == memberId && m.DeletedAt == null, cancellationToken);
        if (member is null)
        {
            return ModerationErrors.NotFound;
        }

        if (member.SuspendedAt is null)
        {
            return ModerationErrors.NotSuspended;
        }

        if (member.SuspendedForSpam)
        {
            await SetScreeningAsync(memberId, from: Screening.Spam, to: Screening.Clear, now, cancellationToken);
            if (member.ProfileScreening == Screening.Spam)
            {
                member.ProfileScreening = Screening.Clear;
            }

            var removed = await db.SpamMarkers.Where(m => m.FromMemberId == memberId).Select(m => m.Value).ToListAsync(cancellationToken);
            await db.SpamMarkers.Where(m => m.FromMemberId == memberId).ExecuteDeleteAsync(cancellationToken);
            db.AuditLog.Record(actorId, AuditActions.ClearSpam, AuditTargets.Member, memberId, removed.Count == 0 ? null : string.Join(", ", removed), now);
        }
        else
        {
            db.AuditLog.Record(actorId, AuditActions.ReinstateMember, AuditTargets.Member, memberId, null, now);
        }

        member.SuspendedAt = null;
        member.SuspendedById = null;
        member.SuspendedForSpam = false;
        member.SuspensionReason = null;
        await db.SuspensionAppeals.Where(a => a.MemberId == memberId && a.ClosedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ClosedAt, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await screening.MarksChangedAsync(cancellationToken);
        await RecountThreadsAsync(memberId, cancellationToken);
        return member;
    }

    /// <summary>Sets every contribution of the member in <paramref name="from"/> (any but spam when null) to <paramref name="to"/>.</summary>
    private async Task SetScreeningAsync(Guid memberId, Screening? from, Screening to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string[] all = [ClubDbContext.ScreeningFilter];
        var skip = from is null ? to : (Screening?)null;
        await db.Ideas.IgnoreQueryFilters(all).Where(i => i.AuthorId == memberId && (from == null ? i.Screening != skip : i.Screening == from))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Screening, to), cancellationToken);
        await db.Comments.IgnoreQueryFilters(all).Where(c => c.AuthorId == memberId && (from == null ? c.Screening != skip : c.Screening == from))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Screening, to), cancellationToken);
        await db.Practices.IgnoreQueryFilters(all).Where(p => p.AuthorId == memberId && (from == null ? p.Screening != skip : p.Screening == from))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Screening, to), cancellationToken);
        await db.Opportunities.IgnoreQueryFilters(all).Where(o => o.AuthorId == memberId && (from == null ? o.Screening != skip : o.Screening == from))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Screening, to), cancellationToken);
        await db.OpportunityResponses.IgnoreQueryFilters(all).Where(r => r.MemberId == memberId && (from == null ? r.Screening != skip : r.Screening == from))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Screening, to), cancellationToken);
        // A company page goes with its only representative; one that others represent stays theirs.
        await db.Companies.IgnoreQueryFilters(all)
            .Where(c => (from == null ? c.Screening != skip : c.Screening == from)
                && db.CompanyMembers.Any(m => m.CompanyId == c.Id && m.MemberId == memberId && m.Status == CompanyMemberStatus.Representative)
                && !db.CompanyMembers.Any(m => m.CompanyId == c.Id && m.MemberId != memberId && m.Status == CompanyMemberStatus.Representative))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Screening, to), cancellationToken);
        // Messages go or come back in the others' conversations, and their unread counts with them.
        await db.Messages.IgnoreQueryFilters(all).Where(m => m.AuthorId == memberId && (from == null ? m.Screening != skip : m.Screening == from))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Screening, to), cancellationToken);
        await Conversations.ConversationMessages.RecountAsync(db, signals, null, memberId, now, cancellationToken);
    }

    private async Task RecountThreadsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var ideaThreads = await db.Comments.IgnoreQueryFilters([ClubDbContext.ScreeningFilter])
            .Where(c => c.AuthorId == memberId && c.ThreadKind == CommentThreadKind.Idea)
            .Select(c => c.ThreadId).Distinct().Take(ThreadsRecounted).ToListAsync(cancellationToken);
        foreach (var thread in ideaThreads)
        {
            await threads.CommentsChangedAsync(CommentThreadKind.Idea, thread, cancellationToken);
        }
    }

    /// <summary>The domains the contribution links to, but for the big platforms everyone links.</summary>
    private async Task<IReadOnlyList<string>> DomainsToMarkAsync(ContentKind kind, Guid targetId, Guid authorId, CancellationToken cancellationToken)
    {
        string[] all = [ClubDbContext.ScreeningFilter];
        string? html = null;
        string?[] addresses = [];
        switch (kind)
        {
            case ContentKind.Comment:
                html = await db.Comments.IgnoreQueryFilters(all).Where(c => c.Id == targetId).Select(c => c.BodyHtml).SingleOrDefaultAsync(cancellationToken);
                break;
            case ContentKind.Idea:
                html = await db.Ideas.IgnoreQueryFilters(all).Where(i => i.Id == targetId).Select(i => i.BodyHtml).SingleOrDefaultAsync(cancellationToken);
                break;
            case ContentKind.Opportunity:
                html = await db.Opportunities.IgnoreQueryFilters(all).Where(o => o.Id == targetId).Select(o => o.DescriptionHtml).SingleOrDefaultAsync(cancellationToken);
                break;
            case ContentKind.OpportunityResponse:
                var message = await db.OpportunityResponses.IgnoreQueryFilters(all)
                    .Where(r => r.OpportunityId == targetId && r.MemberId == authorId).Select(r => r.Message).SingleOrDefaultAsync(cancellationToken);
                html = markdown.ToSafeHtml(message ?? "");
                break;
            case ContentKind.Company:
                var company = await db.Companies.IgnoreQueryFilters(all).Where(c => c.Id == targetId)
                    .Select(c => new { c.DescriptionHtml, c.WebsiteUrl, c.Channels }).SingleOrDefaultAsync(cancellationToken);
                html = company?.DescriptionHtml;
                addresses = company is null ? [] : [company.WebsiteUrl, .. company.Channels];
                break;
            case ContentKind.Message:
                html = await db.Messages.IgnoreQueryFilters(all).Where(m => m.Id == targetId).Select(m => m.BodyHtml).SingleOrDefaultAsync(cancellationToken);
                break;
            case ContentKind.Profile:
                var profile = await db.Users.Where(m => m.Id == authorId).Select(m => new { m.BioHtml, m.WebsiteUrl }).SingleOrDefaultAsync(cancellationToken);
                (html, addresses) = (profile?.BioHtml, [profile?.WebsiteUrl]);
                break;
        }

        var read = SpamText.Read(null, html, addresses);
        return read.Hosts
            .Where(h => !NeverMarked.Any(n => h == n || h.EndsWith("." + n, StringComparison.Ordinal)) && !SpamText.IsShortener(h))
            .Where(h => h.Length <= SpamMarker.ValueMaxLength)
            .ToList();
    }
}
