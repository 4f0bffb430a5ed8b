using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Localization;

/// <summary>Every Italian text of the site has an English translation, so English pages never mix languages.</summary>
public sealed partial class TranslationCoverageTests
{
    [Theory]
    [InlineData("src/ClubMediaSociali.Web", "src/ClubMediaSociali.Web/Resources/SharedResource.en.resx")]
    [InlineData("src/ClubMediaSociali.Application",
        "src/ClubMediaSociali.Application/Resources/Common/ValidationMessages.en.resx",
        "src/ClubMediaSociali.Application/Resources/Common/Accounts/EmailTexts.en.resx")]
    public void Every_localized_text_has_an_english_translation(string sourceFolder, params string[] englishFiles)
    {
        var translated = englishFiles
            .SelectMany(file => XDocument.Load(RepositoryFiles.PathOf(file)).Root!.Elements("data"))
            .GroupBy(d => (string)d.Attribute("name")!)
            .ToDictionary(g => g.Key, g => (string?)g.First().Element("value"));

        var keys = Directory.EnumerateFiles(RepositoryFiles.PathOf(sourceFolder), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizedText().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(keys);
        var missing = keys.Where(k => !translated.TryGetValue(k, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
        Assert.True(missing.Count == 0, "No English translation for:\n" + string.Join('\n', missing));
    }

    [Theory]
    [InlineData("src/ClubMediaSociali.Web/Resources/SharedResource.en.resx")]
    [InlineData("src/ClubMediaSociali.Application/Resources/Common/ValidationMessages.en.resx")]
    [InlineData("src/ClubMediaSociali.Application/Resources/Common/Accounts/EmailTexts.en.resx")]
    public void No_two_keys_differ_only_in_case(string englishFile)
    {
        // .resx names are case-insensitive: "Accedi" and "accedi" would silently collapse into one.
        var clashes = XDocument.Load(RepositoryFiles.PathOf(englishFile)).Root!.Elements("data")
            .GroupBy(d => ((string)d.Attribute("name")!).ToUpperInvariant())
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g.Select(d => (string)d.Attribute("name")!)))
            .ToList();

        Assert.True(clashes.Count == 0, "Keys that differ only in case:\n" + string.Join('\n', clashes));
    }

    // T["..."] in views, text["..."] in controllers and validators.
    [GeneratedRegex(@"(?<![A-Za-z])(?:T|text)\[""(?<key>[^""]+)""")]
    private static partial Regex LocalizedText();
}
