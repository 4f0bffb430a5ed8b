using System.Globalization;
using System.Text;

namespace ClubMediaSociali.Application.Features.Search;

/// <summary>
/// One normalisation for every search box and every match between members' words (ADR-012): a query
/// becomes a PostgreSQL tsquery in which each word is the OR of its Italian singular and plural forms,
/// and PostgreSQL's Italian stemmer then reduces every form as it reduced the text. The stemmer alone
/// misses pairs whose stems differ ("mobilifici" gives "mobilif", "mobilificio" gives "mobilific");
/// the forms added here close that gap without the false friends prefix matching brings
/// ("pubblic:*" would find "pubblicazione" for "pubblicità").
/// </summary>
public static class ItalianQuery
{
    /// <summary>Shorter words are left to the stemmer, which already pairs their regular forms.</summary>
    private const int MinimumForVariants = 6;

    /// <summary>
    /// The long words of PostgreSQL's Italian stop list that stay stop words without accents (the search
    /// compares unaccented text): a form of one of them must not turn into a word the query then requires
    /// ("avevano" into "avevani"). A test checks them against the database.
    /// </summary>
    internal static readonly HashSet<string> StopWords = new(
        ("contro nostro nostra nostri nostre vostro vostra vostri vostre quanto quanti quanta quante quello quelli quella "
         + "quelle questo questi questa queste abbiamo abbiate abbiano avremo avrete avranno avresti avrebbe avremmo avreste "
         + "avrebbero avevamo avevate avevano avesti avemmo aveste ebbero avessi avesse avessimo avessero avendo saremo sarete "
         + "saranno saresti sarebbe saremmo sareste sarebbero eravamo eravate furono fossimo fossero essendo faccio facciamo "
         + "faccia facciate facciano faremo farete faranno faresti farebbe faremmo fareste farebbero facevo facevi faceva "
         + "facevamo facevate facevano facesti facemmo faceste fecero facessi facesse facessimo facessero facendo stiamo stanno "
         + "stiate stiano starai staremo starete staranno starei staresti starebbe staremmo stareste starebbero "
         + "stavamo stavate stavano stetti stesti stette stemmo steste stettero stessi stesse stessimo stessero stando")
        .Split(' '), StringComparer.Ordinal);

    /// <summary>Endings of one number and what they become in the other, longest first.</summary>
    private static readonly (string From, string[] To)[] Endings =
    [
        ("chi", ["co", "ca"]), ("ghi", ["go", "ga"]), ("che", ["ca"]), ("ghe", ["ga"]),
        ("cio", ["ci"]), ("gio", ["gi"]), ("io", ["i"]), ("ci", ["co", "cio", "ce"]), ("gi", ["go", "gio", "ge"]),
        ("co", ["ci", "chi"]), ("go", ["gi", "ghi"]), ("ca", ["che"]), ("ga", ["ghe"]), ("ia", ["ie"]), ("ie", ["ia"]),
        ("i", ["o", "e", "io", "a"]), ("o", ["i"]), ("e", ["i", "a"]), ("a", ["e", "i"]),
    ];

    /// <summary>The text without its accents ("pubblicità" becomes "pubblicita"), as club_unaccent does in SQL.</summary>
    public static string Unaccented(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));

    /// <summary>The words of a text as search sees them: lower case, without accents, letters and digits only.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Unaccented(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>A word with its other Italian forms, the word first; words shorter than <paramref name="minimum"/> alone.</summary>
    public static IReadOnlyList<string> Forms(string word, int minimum = MinimumForVariants)
    {
        var forms = new List<string> { word };
        if (word.Length < minimum || StopWords.Contains(word) || !word.All(char.IsLetter))
        {
            return forms;
        }

        foreach (var (from, to) in Endings)
        {
            if (word.EndsWith(from, StringComparison.Ordinal))
            {
                var stem = word[..^from.Length];
                forms.AddRange(to.Select(ending => stem + ending).Where(form => !forms.Contains(form) && !StopWords.Contains(form)));
                break;
            }
        }

        return forms;
    }

    /// <summary>
    /// The input of <c>to_tsquery('italian', …)</c> for a text typed in a search box: every word (in any of its
    /// forms) must be there; a word written with a minus in front must not. Empty when the text has no word.
    /// </summary>
    public static string ToTsQuery(string text)
    {
        var groups = new List<string>();
        foreach (var part in text.Split((char[])[' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var excluded = part.StartsWith('-') && part.Length > 1;
            foreach (var word in Words(part))
            {
                var group = "(" + string.Join(" | ", Forms(word)) + ")";
                groups.Add(excluded ? "!" + group : group);
            }
        }

        return string.Join(" & ", groups);
    }

    /// <summary>
    /// A query that matches any of <paramref name="phrases"/> (members' tags: "piano editoriale"), each with all
    /// its words in any form: what one member seeks against what others bring.
    /// </summary>
    public static string AnyOf(IEnumerable<string> phrases) =>
        string.Join(" | ", phrases.Select(ToTsQuery).Where(q => q.Length > 0).Select(q => "(" + q + ")"));

    /// <summary>
    /// Whether two tags say the same thing in Italian: the same words, each in some shared form. Used where the
    /// rows are already in memory (the reasons shown beside a suggestion); the database matches with the stemmer.
    /// </summary>
    public static bool SameTag(string a, string b)
    {
        var (left, right) = (Words(a), Words(b));
        return left.Count == right.Count && left.Zip(right).All(pair => Forms(pair.First, 3).Intersect(Forms(pair.Second, 3)).Any());
    }
}
