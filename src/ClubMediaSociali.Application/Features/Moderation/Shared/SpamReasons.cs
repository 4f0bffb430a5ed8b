namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>One thing the content check found, with its weight: a text whose reasons weigh <see cref="SpamVerdict.HoldAt"/> or more is held.</summary>
/// <param name="Code">One of <see cref="SpamReasons"/>' codes; the desk tells it as a sentence.</param>
/// <param name="Detail">What was found: the domain, the phrase, the count.</param>
public sealed record SpamReason(string Code, string Detail, int Weight)
{
    /// <summary>As stored on the hold: "code:detail".</summary>
    public override string ToString() => $"{Code}:{Detail}";

    public static (string Code, string Detail) Parse(string stored)
    {
        var colon = stored.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (stored, "") : (stored[..colon], stored[(colon + 1)..]);
    }
}

/// <summary>The check's answer for one text.</summary>
public sealed record SpamVerdict(IReadOnlyList<SpamReason> Reasons)
{
    /// <summary>The weight at which a text is held: one strong reason, or several weak ones together.</summary>
    public const int HoldAt = 100;

    public static readonly SpamVerdict Clean = new([]);

    public int Weight => Reasons.Sum(r => r.Weight);

    public bool Held => Weight >= HoldAt;

    public string[] Stored => [.. Reasons.Select(r => r.ToString())];
}

/// <summary>The codes of the reasons the check gives; each has a sentence in the desk's texts (<c>SpamReasonTexts</c>).</summary>
public static class SpamReasons
{
    public const string MarkedDomain = "marked-domain";
    public const string MarkedPhrase = "marked-phrase";
    public const string ManyLinks = "many-links";
    public const string LinkDrop = "link-drop";
    public const string ShortenedLink = "shortened-link";
    public const string RiskyDomain = "risky-domain";
    public const string SpamWords = "spam-words";
    public const string ContactBait = "contact-bait";
    public const string MoneyPromise = "money-promise";
    public const string Shouting = "shouting";
    public const string RepeatedAcrossAccounts = "repeated-across-accounts";
    public const string RepeatedByAuthor = "repeated-by-author";
    public const string AccountsFromOneAddress = "accounts-from-one-address";

    /// <summary>A newcomer's comment with links (the rule that held comments before the check existed).</summary>
    public const string NewcomerLinks = "newcomer-links";

    public static IReadOnlyList<string> All { get; } =
    [
        MarkedDomain, MarkedPhrase, ManyLinks, LinkDrop, ShortenedLink, RiskyDomain, SpamWords, ContactBait, MoneyPromise, Shouting,
        RepeatedAcrossAccounts, RepeatedByAuthor, AccountsFromOneAddress, NewcomerLinks,
    ];
}
