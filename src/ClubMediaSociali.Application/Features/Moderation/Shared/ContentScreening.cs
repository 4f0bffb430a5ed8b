using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>
/// One text submitted to the check: what kind of contribution it is, which one, whose, and its words.
/// </summary>
/// <param name="Text">The member's Markdown or plain text.</param>
/// <param name="Html">The HTML rendered from it; its links are counted.</param>
/// <param name="Addresses">Addresses typed in fields of their own (website, channels): their domains are checked, not counted.</param>
/// <param name="Excerpt">What the desk quotes when the text is held, when not the whole text (an idea's body without its title).</param>
public sealed record ScreenedText(
    ContentKind Kind, Guid TargetId, Guid AuthorId, string? Text, string? Html, IReadOnlyList<string?>? Addresses = null, string? Excerpt = null);

/// <summary>
/// The content check every public or member-to-member text passes when it is written. It costs a few indexed
/// queries: the author's standing (with the accounts made from their address), and for new accounts the last
/// hour's copies of the text, found by index, then one insert (a comment with links also asks whether its author
/// may link); the marked domains and phrases are kept in memory for a minute. A held text gets a <see cref="HeldItem"/> with the
/// reasons; the caller keeps the contribution out of sight (<see cref="Screening.Held"/>, or a comment's Held status).
/// </summary>
public sealed class ContentScreening(
    ClubDbContext db, TimeProvider clock, Reputation.NewcomerLinks newcomerLinks, HybridCache cache, IServiceScopeFactory scopes)
{
    /// <summary>
    /// The marked domains and phrases are read once a minute per instance, not on every write; adding or removing
    /// one drops them here at once (<see cref="MarksChangedAsync"/>), and on other instances within the minute.
    /// </summary>
    public static readonly TimeSpan MarksKeptFor = TimeSpan.FromMinutes(1);

    private const string MarksKey = "spam-marks";

    /// <summary>How far back the same text counts as a wave.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromHours(1);

    /// <summary>Fingerprints older than this are purged.</summary>
    public static readonly TimeSpan FingerprintsKeptFor = TimeSpan.FromDays(1);

    /// <summary>The same text from this many new accounts (the last one included) is held, all of it.</summary>
    public const int RepeatAccounts = 3;

    /// <summary>The most recent copies compared with a new text: bounds the work of a wave.</summary>
    public const int RepeatsRead = 200;

    /// <summary>Accounts made from one address within a day, from which their texts weigh more.</summary>
    public const int AccountsFromOneAddress = 3;

    public static readonly TimeSpan OriginsKeptFor = TimeSpan.FromDays(2);

    public async Task<SpamVerdict> CheckAsync(ScreenedText text, CancellationToken cancellationToken)
    {
        var read = SpamText.Read(text.Text, text.Html, text.Addresses);
        var now = clock.GetUtcNow();
        // The author's standing, and how many accounts were made from their address around the day they joined.
        var author = await db.Users.Where(m => m.Id == text.AuthorId)
            .Select(m => new
            {
                m.Reputation,
                m.JoinedAt,
                FromTheirAddress = db.SignUpOrigins.Where(mine => mine.MemberId == m.Id)
                    .Select(mine => db.SignUpOrigins.Count(o => o.AddressHash == mine.AddressHash && o.At >= mine.At.AddDays(-1) && o.At <= mine.At.AddDays(1)))
                    .FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var newAccount = TrustLevels.For(author.Reputation, author.JoinedAt, now) == TrustLevel.New;

        var reasons = new List<SpamReason>(read.Reasons(newAccount));
        // A comment is where a newcomer's first link waits for a moderator, whatever else it says.
        if (text.Kind == ContentKind.Comment && read.Links > 0 && !await newcomerLinks.MayPostLinksAsync(text.AuthorId, cancellationToken))
        {
            reasons.Add(new SpamReason(SpamReasons.NewcomerLinks, read.Links.ToString(CultureInfo.InvariantCulture), SpamVerdict.HoldAt));
        }

        reasons.AddRange(await MarkedAsync(read, cancellationToken));
        if (newAccount)
        {
            reasons.AddRange(await RepeatsAsync(text, read, now, cancellationToken));
            if (author.FromTheirAddress >= AccountsFromOneAddress)
            {
                reasons.Add(new SpamReason(SpamReasons.AccountsFromOneAddress, author.FromTheirAddress.ToString(CultureInfo.InvariantCulture), 50));
            }
        }

        var verdict = new SpamVerdict(reasons);
        if (verdict.Held)
        {
            await HoldAsync(text.Kind, text.TargetId, text.AuthorId, verdict.Stored, ExcerptOf(text), now, cancellationToken);
        }

        return verdict;
    }

    /// <summary>Records the address an account was made from, as a hash (see <see cref="SignUpOrigin"/>).</summary>
    public void RecordSignUp(Guid memberId, string? address, DateTimeOffset at)
    {
        if (!string.IsNullOrEmpty(address))
        {
            db.SignUpOrigins.Add(new SignUpOrigin { MemberId = memberId, AddressHash = HashOf(address), At = at });
        }
    }

    /// <summary>Drops fingerprints and sign-up addresses past their time.</summary>
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.TextFingerprints.Where(f => f.At < now - FingerprintsKeptFor).ExecuteDeleteAsync(cancellationToken);
        await db.SignUpOrigins.Where(o => o.At < now - OriginsKeptFor).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Drops the marks read by this instance: the next check reads them again.</summary>
    public ValueTask MarksChangedAsync(CancellationToken cancellationToken) => cache.RemoveAsync(MarksKey, cancellationToken);

    private async Task<IEnumerable<SpamReason>> MarkedAsync(SpamText read, CancellationToken cancellationToken)
    {
        // Read through a context of their own: the cache may run this apart from the command's transaction.
        var marks = await cache.GetOrCreateAsync(
            MarksKey,
            scopes,
            static async (scopes, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<ClubDbContext>().SpamMarkers.AsNoTracking()
                    .OrderBy(m => m.Kind).ThenBy(m => m.Value)
                    .Select(m => new Mark(m.Kind, m.Value))
                    .ToArrayAsync(token);
            },
            new HybridCacheEntryOptions { Expiration = MarksKeptFor, LocalCacheExpiration = MarksKeptFor },
            [Common.Behaviors.ICachedQuery.Tag],
            cancellationToken);
        var domains = read.DomainsToMatch();
        return marks
            .Where(m => m.Kind == SpamMarkerKind.Domain ? domains.Contains(m.Value) : read.Normalized.Contains(m.Value, StringComparison.Ordinal))
            .Take(5)
            .Select(m => new SpamReason(m.Kind == SpamMarkerKind.Domain ? SpamReasons.MarkedDomain : SpamReasons.MarkedPhrase, m.Value, SpamVerdict.HoldAt))
            .ToList();
    }

    /// <summary>A marked domain or phrase, as the check keeps them between reads.</summary>
    public sealed record Mark(SpamMarkerKind Kind, string Value);

    private async Task<IEnumerable<SpamReason>> RepeatsAsync(ScreenedText text, SpamText read, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!read.HasFingerprint)
        {
            return [];
        }

        var since = now - RepeatWindow;
        var (exact, signature, b0, b1, b2, b3) = (read.Exact, read.Signature, read.Band(0), read.Band(1), read.Band(2), read.Band(3));
        // Only texts that share the hash or a band are read, by index: a few at most, whatever the hour's traffic.
        var recent = await db.TextFingerprints.AsNoTracking()
            .Where(f => f.At >= since && f.TargetId != text.TargetId
                && (f.Exact == exact || f.Band0 == b0 || f.Band1 == b1 || f.Band2 == b2 || f.Band3 == b3))
            .OrderByDescending(f => f.At)
            .Take(RepeatsRead)
            .Select(f => new { f.AuthorId, f.Kind, f.TargetId, f.Exact, f.Signature })
            .ToListAsync(cancellationToken);
        db.TextFingerprints.Add(new TextFingerprint
        {
            AuthorId = text.AuthorId,
            Kind = text.Kind,
            TargetId = text.TargetId,
            Exact = exact,
            Signature = signature,
            Band0 = b0,
            Band1 = b1,
            Band2 = b2,
            Band3 = b3,
            At = now,
        });

        var same = recent.Where(f => f.Exact == exact || SpamText.Agreeing(f.Signature, signature) >= SpamText.SameValues).ToList();
        var reasons = new List<SpamReason>();
        var others = same.Where(f => f.AuthorId != text.AuthorId).ToList();
        var accounts = others.Select(f => f.AuthorId).Distinct().Count() + 1;
        if (accounts >= RepeatAccounts)
        {
            var reason = new SpamReason(SpamReasons.RepeatedAcrossAccounts, accounts.ToString(CultureInfo.InvariantCulture), SpamVerdict.HoldAt);
            reasons.Add(reason);
            // The wave is held whole: the earlier copies too.
            foreach (var copy in others.DistinctBy(f => (f.Kind, f.TargetId, f.AuthorId)))
            {
                await HoldExistingAsync(copy.Kind, copy.TargetId, copy.AuthorId, [reason.ToString()], ExcerptOf(text), now, cancellationToken);
            }
        }

        var mine = same.Count(f => f.AuthorId == text.AuthorId) + 1;
        if (mine >= RepeatAccounts)
        {
            reasons.Add(new SpamReason(SpamReasons.RepeatedByAuthor, mine.ToString(CultureInfo.InvariantCulture), SpamVerdict.HoldAt));
        }

        return reasons;
    }

    /// <summary>Opens a hold on a contribution, or adds to the reasons of the one already open.</summary>
    private async Task HoldAsync(ContentKind kind, Guid targetId, Guid authorId, string[] reasons, string excerpt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.HeldItems.SingleOrDefaultAsync(
            h => h.Kind == kind && h.TargetId == targetId && h.AuthorId == authorId && h.DecidedAt == null, cancellationToken);
        if (open is null)
        {
            db.HeldItems.Add(new HeldItem { Kind = kind, TargetId = targetId, AuthorId = authorId, Reasons = reasons, Excerpt = excerpt, HeldAt = now });
        }
        else
        {
            open.Reasons = [.. open.Reasons.Union(reasons)];
            open.Excerpt = excerpt.Length > 0 ? excerpt : open.Excerpt;
            open.HeldAt = now;
        }
    }

    /// <summary>Holds a contribution already published (an earlier copy of a wave, so its excerpt is the new copy's).</summary>
    private async Task HoldExistingAsync(
        ContentKind kind, Guid targetId, Guid authorId, string[] reasons, string excerpt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = kind switch
        {
            ContentKind.Comment => await db.Comments.Where(c => c.Id == targetId && c.Status == CommentStatus.Visible)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CommentStatus.Held), cancellationToken),
            ContentKind.Idea => await db.Ideas.Where(i => i.Id == targetId)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Screening, Screening.Held), cancellationToken),
            ContentKind.Opportunity => await db.Opportunities.Where(o => o.Id == targetId)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Screening, Screening.Held), cancellationToken),
            ContentKind.OpportunityResponse => await db.OpportunityResponses.Where(r => r.OpportunityId == targetId && r.MemberId == authorId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Screening, Screening.Held), cancellationToken),
            ContentKind.Company => await db.Companies.Where(c => c.Id == targetId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Screening, Screening.Held), cancellationToken),
            ContentKind.Profile => await db.Users.Where(m => m.Id == authorId && m.ProfileScreening == Screening.Clear)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProfileScreening, Screening.Held), cancellationToken),
            _ => 0,
        };
        if (changed > 0)
        {
            await HoldAsync(kind, targetId, authorId, reasons, excerpt, now, cancellationToken);
        }
    }

    private static string ExcerptOf(ScreenedText text) => PlainText.Of(text.Excerpt ?? text.Text, HeldItem.ExcerptMaxLength - 1) ?? "";

    /// <summary>SHA-256 of the address, in hex: enough to compare, not to read back.</summary>
    private static string HashOf(string address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("club-sign-up:" + address)));
}
