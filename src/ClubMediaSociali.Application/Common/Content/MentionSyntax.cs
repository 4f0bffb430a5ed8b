using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ClubMediaSociali.Application.Common.Content;

/// <summary>
/// "@handle" in members' Markdown: a link to the member's profile when the handle belongs to a member, plain text
/// otherwise (marketers write "@brand" for accounts elsewhere). Not inside code, not in an address such as
/// "info@azienda.it". Which handles are members, and their profiles' addresses, are found before rendering and passed
/// in the parser's context;
/// a context that asks for them collects the handles written instead.
/// </summary>
public sealed class MentionSyntax : InlineParser, IMarkdownExtension
{
    /// <summary>The handles that are members (lower case) with their profiles' addresses; a text rendered without it links no one.</summary>
    internal const string KnownKey = "mentions.known";

    /// <summary>Where the handles written in a text are collected, in order of appearance.</summary>
    internal const string FoundKey = "mentions.found";

    /// <summary>The same characters as a profile address (Handles.FromDisplayName): letters, digits, hyphens.</summary>
    private const int MaxLength = 60;

    public MentionSyntax() => OpeningCharacters = ['@'];

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<MentionSyntax>())
        {
            pipeline.InlineParsers.Add(this);
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        if (char.IsAsciiLetterOrDigit(before) || before is '.' or '_' or '-' or '@' or '/' or '\\')
        {
            return false;
        }

        var start = slice.Start + 1;
        var end = start;
        while (end <= slice.End && end - start < MaxLength && (char.IsAsciiLetterOrDigit(slice.Text[end]) || slice.Text[end] == '-'))
        {
            end++;
        }

        // A handle neither starts nor ends with a hyphen ("@giulia-." mentions @giulia).
        while (end > start && slice.Text[end - 1] == '-')
        {
            end--;
        }

        if (end == start || slice.Text[start] == '-')
        {
            return false;
        }

        var written = slice.Text[start..end];
        var handle = written.ToLowerInvariant();
        var properties = processor.Context?.Properties;
        if (properties?.GetValueOrDefault(FoundKey) is List<string> found)
        {
            found.Add(handle);
            return false;
        }

        if (properties?.GetValueOrDefault(KnownKey) is not IReadOnlyDictionary<string, string> known || !known.TryGetValue(handle, out var profile))
        {
            return false;
        }

        var link = new LinkInline(profile, "") { IsClosed = true, Span = new(slice.Start, end - 1) };
        link.AppendChild(new LiteralInline("@" + written));
        processor.Inline = link;
        slice.Start = end;
        return true;
    }
}
