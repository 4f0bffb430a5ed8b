using System.Text.RegularExpressions;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// Practices named by moderators one per line, as the address of their page (copied from the
/// browser) or as their bare identifier. Used by learning paths and glossary terms.
/// </summary>
public static partial class PracticeReferences
{
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The identifiers in order, without repeats; null when a line names no practice.</summary>
    public static Guid[]? Parse(string? text)
    {
        var ids = new List<Guid>();
        foreach (var line in Lines(text))
        {
            var match = Identifier().Match(line);
            if (!match.Success)
            {
                return null;
            }

            var id = Guid.Parse(match.Value);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    /// <summary>Whether every line names a practice that is published now.</summary>
    public static async Task<bool> AllPublishedAsync(ClubDbContext db, string? text, CancellationToken cancellationToken)
    {
        var ids = Parse(text);
        return ids is not null
            && (ids.Length == 0 || await db.Practices.CountAsync(p => ids.Contains(p.Id) && p.Status == PracticeStatus.Published, cancellationToken) == ids.Length);
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Identifier();
}
