using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClubMediaSociali.Application.Features.Search;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>
/// What the content check reads in one text without asking the database: its links and their domains, the words
/// spammers use, bait to move the talk elsewhere, promises of money, shouting, and the text's fingerprints. Members
/// the Club trusts are read for nothing here: only moderators' marked domains and phrases apply to them.
/// </summary>
public sealed partial class SpamText
{
    /// <summary>Texts shorter than this have no fingerprint: "Grazie mille!" from three newcomers is not a spam wave.</summary>
    public const int FingerprintMinWords = 8;

    /// <summary>Signatures that agree on this many of their eight values are the same text reworded a little (about three words in four shared).</summary>
    public const int SameValues = 6;

    public const int SignatureLength = 8;

    private static readonly ulong[] Seeds =
    [
        0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
        0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x2545F4914F6CDD1D, 0x94D049BB133111EB,
    ];

    private static readonly string[] Shorteners =
    [
        "bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "ow.ly", "is.gd", "v.gd", "buff.ly", "cutt.ly", "rebrand.ly",
        "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "s.id", "bl.ink", "soo.gd", "adf.ly", "shorte.st", "lnkd.in", "t.co",
    ];

    /// <summary>Top-level domains that, on the registries' own abuse reports, carry far more spam than anything else.</summary>
    private static readonly string[] RiskyTopLevelDomains =
    [
        "xyz", "top", "click", "loan", "win", "bid", "icu", "buzz", "monster", "rest", "cyou", "sbs", "cfd", "gq", "cf", "tk", "ml", "ga",
        "work", "kim", "party", "review", "stream", "download", "racing", "date", "faith", "cricket", "science", "accountant",
    ];

    /// <summary>Words and phrases of spam in Italian and English, as <see cref="Normalize"/> writes them; each distinct one found weighs <see cref="SpamWordWeight"/>.</summary>
    private static readonly string[] SpamWords =
    [
        // Italian: easy money, crypto, fake jobs, bought reach, search-engine spam, pressure.
        "guadagna da casa", "guadagna fino a", "guadagnare online", "guadagna online", "inizia a guadagnare", "guadagni garantiti",
        "guadagno garantito", "rendimento garantito", "rendimenti garantiti", "soldi facili", "soldi veloci", "reddito passivo",
        "investimento sicuro", "raddoppia i tuoi", "lavoro da casa", "lavora da casa", "nessuna esperienza richiesta",
        "senza esperienza", "assunzione immediata", "posti limitati", "bitcoin", "criptovaluta", "criptovalute", "crypto", "forex",
        "opzioni binarie", "trading automatico", "casino online", "scommesse", "viagra", "cialis", "dimagrire", "backlink",
        "backlinks", "dofollow", "guest post", "link building", "prima pagina di google", "posizionamento garantito",
        "compra follower", "follower reali", "like reali", "offerta limitata", "clicca qui", "clicca sul link", "solo per oggi",
        "prestito", "prestiti", "senza rischi", "visita il mio sito", "visita il mio profilo", "contattami in privato",
        // English.
        "make money", "earn money", "earn up to", "work from home", "passive income", "guaranteed returns", "guaranteed income",
        "guaranteed results", "investment opportunity", "double your", "binary options", "casino", "betting", "buy followers",
        "real followers", "seo services", "rank your website", "first page of google", "guest posting", "no experience needed",
        "no experience required", "hiring now", "click here", "limited offer", "act now", "visit my website", "visit my site",
        "check out my", "dm me", "cheap",
    ];

    private static readonly string[] ContactBaitWords = ["whatsapp", "telegram", "wa me", "t me", "inbox me"];

    public const int SpamWordWeight = 35;

    /// <summary>A newcomer's text shorter than this around a link is read as a link dropped, not a source cited.</summary>
    public const int LinkDropWords = 25;

    private SpamText(string normalized, IReadOnlyList<string> hosts, int links, int words, long exact, int[] signature, int letters, int capitals, bool bangs, bool phone, bool money)
    {
        Normalized = normalized;
        Hosts = hosts;
        Links = links;
        Words = words;
        Exact = exact;
        Signature = signature;
        (_letters, _capitals, _bangs, _phone, _money) = (letters, capitals, bangs, phone, money);
    }

    private readonly int _letters;
    private readonly int _capitals;
    private readonly bool _bangs;
    private readonly bool _phone;
    private readonly bool _money;

    /// <summary>The text in lower case, without accents, links or punctuation, words separated by one space.</summary>
    public string Normalized { get; }

    /// <summary>The domains linked, in lower case without "www.".</summary>
    public IReadOnlyList<string> Hosts { get; }

    /// <summary>The links in the rendered text (not counting the address fields of a profile or a company page).</summary>
    public int Links { get; }

    public int Words { get; }

    public long Exact { get; }

    /// <summary>The MinHash of the text's words (see <see cref="Domain.Moderation.TextFingerprint.Signature"/>).</summary>
    public int[] Signature { get; }

    /// <summary>Band <paramref name="band"/> of the signature: its two values in one number.</summary>
    public int Band(int band) => unchecked((int)Fnv($"{Signature[2 * band]}:{Signature[(2 * band) + 1]}"));

    public bool HasFingerprint => Words >= FingerprintMinWords;

    /// <param name="text">The member's text (Markdown or plain).</param>
    /// <param name="html">The HTML rendered from it, whose links count (bare addresses become links there).</param>
    /// <param name="addresses">Addresses typed in fields of their own (a website, a channel): their domains are checked, not counted.</param>
    public static SpamText Read(string? text, string? html, IEnumerable<string?>? addresses = null)
    {
        text ??= "";
        var hrefs = Hrefs().Matches(html ?? "").Select(m => m.Groups[1].Value).ToList();
        var hosts = hrefs.Concat((addresses ?? []).OfType<string>())
            .Select(HostOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var withoutLinks = Addresses().Replace(text, " ");
        var normalized = Normalize(withoutLinks);
        var words = normalized.Length == 0 ? [] : normalized.Split(' ');
        var wordsOnly = words.Where(w => !w.All(char.IsDigit)).ToArray();
        var letters = withoutLinks.Count(char.IsLetter);
        var capitals = withoutLinks.Count(char.IsUpper);
        var lower = ItalianQuery.Unaccented(text).ToLowerInvariant();
        return new SpamText(
            normalized, hosts, hrefs.Count, wordsOnly.Length, Fnv(string.Join(' ', wordsOnly)), MinHash(wordsOnly),
            letters, capitals, text.Contains("!!!", StringComparison.Ordinal), Phone().IsMatch(withoutLinks), Money().IsMatch(lower));
    }

    /// <summary>What the text says by itself. A member the Club trusts is read for nothing here.</summary>
    public IEnumerable<SpamReason> Reasons(bool newAccount)
    {
        if (!newAccount)
        {
            yield break;
        }

        // Links: a newcomer's text made of links is a link farm; a few links in a real text are sources.
        if (Links >= 6 || (Links >= 3 && Words < Links * 12))
        {
            yield return new SpamReason(SpamReasons.ManyLinks, Links.ToString(CultureInfo.InvariantCulture), SpamVerdict.HoldAt);
        }
        else if (Links >= 4)
        {
            yield return new SpamReason(SpamReasons.ManyLinks, Links.ToString(CultureInfo.InvariantCulture), 50);
        }
        else if (Links >= 1 && Words < LinkDropWords)
        {
            // A line or two around a link: the shape of a drive-by advert.
            yield return new SpamReason(SpamReasons.LinkDrop, Words.ToString(CultureInfo.InvariantCulture), 50);
        }

        if (Hosts.FirstOrDefault(h => Shorteners.Contains(h)) is { } shortener)
        {
            yield return new SpamReason(SpamReasons.ShortenedLink, shortener, 50);
        }

        if (Hosts.FirstOrDefault(h => RiskyTopLevelDomains.Contains(h[(h.LastIndexOf('.') + 1)..])) is { } risky)
        {
            yield return new SpamReason(SpamReasons.RiskyDomain, risky, 50);
        }

        var found = Phrases(SpamWords).Take(3).ToList();
        if (found.Count > 0)
        {
            yield return new SpamReason(SpamReasons.SpamWords, string.Join(", ", found), found.Count * SpamWordWeight);
        }

        var bait = Phrases(ContactBaitWords).FirstOrDefault();
        if (bait is not null || _phone)
        {
            yield return new SpamReason(SpamReasons.ContactBait, bait ?? "tel", bait is null ? 20 : 40);
        }

        if (_money)
        {
            yield return new SpamReason(SpamReasons.MoneyPromise, "", 50);
        }

        if (_letters >= 40 && _capitals * 10 > _letters * 6)
        {
            yield return new SpamReason(SpamReasons.Shouting, "", 30);
        }
        else if (_bangs)
        {
            yield return new SpamReason(SpamReasons.Shouting, "!!!", 15);
        }
    }

    public static bool IsShortener(string host) => Shorteners.Contains(host);

    /// <summary>The domain itself and each parent domain above its top level: a mark on "esempio.xyz" covers "a.esempio.xyz".</summary>
    public IReadOnlyList<string> DomainsToMatch()
    {
        var domains = new List<string>();
        foreach (var host in Hosts)
        {
            for (var at = 0; at >= 0 && host.IndexOf('.', at) > 0; at = host.IndexOf('.', at) + 1)
            {
                domains.Add(host[at..]);
            }
        }

        return domains.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Lower case, no accents, letters and digits only, one space between words: how texts and phrases are compared.</summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in ItalianQuery.Unaccented(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
            else if (result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().TrimEnd();
    }

    /// <summary>A domain as marks keep it: lower case, without a scheme, a path or "www.".</summary>
    public static string? HostOf(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var trimmed = address.Trim();
        if (!trimmed.Contains("://", StringComparison.Ordinal))
        {
            trimmed = "https://" + trimmed;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.IdnHost.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private IEnumerable<string> Phrases(IEnumerable<string> phrases)
    {
        var padded = " " + Normalized + " ";
        return phrases.Where(p => padded.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>How many of two signatures' values agree.</summary>
    public static int Agreeing(int[] a, int[] b) => a.Length == b.Length ? a.Zip(b).Count(p => p.First == p.Second) : 0;

    private static int[] MinHash(string[] words)
    {
        var signature = new int[SignatureLength];
        Array.Fill(signature, int.MaxValue);
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            var hash = unchecked((ulong)Fnv(word));
            for (var k = 0; k < SignatureLength; k++)
            {
                // One multiply-and-shift hash per seed: a different order of the words for each value.
                var value = (int)(((hash ^ Seeds[k]) * 0xBF58476D1CE4E5B9UL) >> 33);
                signature[k] = Math.Min(signature[k], value);
            }
        }

        return signature;
    }

    /// <summary>64-bit FNV-1a: stable across processes and machines, unlike string.GetHashCode.</summary>
    private static long Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }

    /// <summary>Links that leave the Club; one to a page of the Club (a mentioned member) is no spammer's aim.</summary>
    [GeneratedRegex("href=\"([^\"/][^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Hrefs();

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Addresses();

    [GeneratedRegex(@"(?<![\d/])(?:\+|00)?\d{2,3}[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\d/])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?:[€$£]\s?\d[\d.,]*\s?k?|\d[\d.,]*\s?k?\s?(?:€|\$|£|euro|eur|usd|dollari|dollars?))\s*(?:al|alla|a|ogni|per|/|each|an?)\s*(?:giorno|settimana|mese|day|week|month|ora|hour)\b")]
    private static partial Regex Money();
}
