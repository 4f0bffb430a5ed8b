namespace ClubMediaSociali.Application.Domain.Moderation;

/// <summary>
/// Where a contribution stands with the spam defence. Only <see cref="Clear"/> contributions are public: a
/// named query filter (<c>ClubDbContext.ScreeningFilter</c>) leaves the others out of every query that does not
/// ask for them by name.
/// </summary>
public enum Screening
{
    Clear = 0,

    /// <summary>The content check found it suspicious: it waits for a moderator, and its author sees that it does.</summary>
    Held = 1,

    /// <summary>A moderator marked its author as a spammer: hidden until a moderator says "not spam".</summary>
    Spam = 2,
}

/// <summary>The kinds of contribution the content check reads.</summary>
public enum ContentKind
{
    Comment = 0,
    Idea = 1,
    Opportunity = 2,

    /// <summary>A response to an opportunity: its target is the opportunity, its author the member who responded.</summary>
    OpportunityResponse = 3,
    Company = 4,
    Profile = 5,

    /// <summary>A message in a conversation: the desk shows its excerpt only, as the check read it.</summary>
    Message = 6,
}

/// <summary>What a moderator decided about a held contribution.</summary>
public enum HoldOutcome
{
    Approved = 0,
    Spam = 1,
}

/// <summary>
/// A contribution the content check held, with the reasons it found: one row per hold, which the moderation
/// desk lists until a moderator approves the contribution or marks it as spam.
/// </summary>
public class HeldItem
{
    public const int ExcerptMaxLength = 600;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public ContentKind Kind { get; init; }

    public Guid TargetId { get; init; }

    public Guid AuthorId { get; init; }

    /// <summary>Reason codes with their detail, "code:detail" (see <c>SpamReasons</c>); the desk tells them as sentences.</summary>
    public string[] Reasons { get; set; } = [];

    /// <summary>The start of the text as plain text, for the desk.</summary>
    public string Excerpt { get; set; } = "";

    public DateTimeOffset HeldAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public Guid? DecidedById { get; set; }

    public HoldOutcome? Outcome { get; set; }
}

public enum SpamMarkerKind
{
    Domain = 0,
    Phrase = 1,
}

/// <summary>
/// A domain or phrase moderators have marked as spam: any text that links to the domain (or a subdomain of it),
/// or contains the phrase, is held. Domains added by marking a member as spam remember the member, so that
/// "not spam" takes them back.
/// </summary>
public class SpamMarker
{
    public const int ValueMaxLength = 120;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public SpamMarkerKind Kind { get; init; }

    /// <summary>A domain in lower case without "www.", or a phrase in lower case without accents.</summary>
    public required string Value { get; init; }

    public Guid? AddedById { get; init; }

    /// <summary>The member whose marking as spam added it; null when a moderator added it by hand.</summary>
    public Guid? FromMemberId { get; init; }

    public DateTimeOffset AddedAt { get; init; }
}

/// <summary>
/// The shape of a text a new account posted, kept for a day so the check can tell the same text coming from
/// several accounts (or again and again from one) within the hour.
/// </summary>
public class TextFingerprint
{
    public long Id { get; init; }

    public Guid AuthorId { get; init; }

    public ContentKind Kind { get; init; }

    public Guid TargetId { get; init; }

    /// <summary>A hash of the text's words, without links, numbers, punctuation, case or accents.</summary>
    public long Exact { get; init; }

    /// <summary>
    /// A MinHash of its words: eight values, each the least of the words' hashes under one of eight seeds. Two texts
    /// share a value with the probability that a word of either is in both (their Jaccard similarity).
    /// </summary>
    public int[] Signature { get; init; } = [];

    /// <summary>
    /// The signature in four bands of two values, each indexed: texts that share most of their words share a band
    /// (a text with one word changed in twenty-five, in 998 cases out of 1,000), so copies are found by index.
    /// </summary>
    public int Band0 { get; init; }

    public int Band1 { get; init; }

    public int Band2 { get; init; }

    public int Band3 { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>
/// The address an account was created from, as a hash, kept for two days: enough to see many accounts coming
/// from one address at once, and no longer (the raw address is never stored).
/// </summary>
public class SignUpOrigin
{
    public Guid MemberId { get; init; }

    public required string AddressHash { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>A suspended member's request to be reinstated, sent from the page that tells them why they cannot sign in.</summary>
public class SuspensionAppeal
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public string Text { get; init; } = "";

    public DateTimeOffset SentAt { get; init; }

    public DateTimeOffset? ClosedAt { get; set; }
}
