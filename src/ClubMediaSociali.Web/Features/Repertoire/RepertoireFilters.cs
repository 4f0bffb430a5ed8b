using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Repertoire;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Repertoire;

/// <summary>The repertoire's filters as they appear in its address, in Italian ("?tipo=Method&amp;canale=linkedin").</summary>
public sealed record RepertoireFilters
{
    [FromQuery(Name = "q")]
    public string? Text { get; init; }

    [FromQuery(Name = "tipo")]
    public PracticeKind? Kind { get; init; }

    [FromQuery(Name = "livello")]
    public PracticeLevel? Level { get; init; }

    [FromQuery(Name = "canale")]
    public string? Channel { get; init; }

    [FromQuery(Name = "ruolo")]
    public int? RoleId { get; init; }

    [FromQuery(Name = "parola")]
    public string? Tag { get; init; }

    [FromQuery(Name = "ordine")]
    public string? Sort { get; init; }

    [FromQuery(Name = "dopo")]
    public string? After { get; init; }

    public PracticeSort SortOrder => Sort == "utili" ? PracticeSort.MostUseful : PracticeSort.Newest;

    public bool IsEmpty => Kind is null && Level is null && Channel is null && RoleId is null && Tag is null && SortOrder == PracticeSort.Newest;

    /// <summary>Anything not in the lists is dropped, so a tampered address shows the whole repertoire.</summary>
    public RepertoireFilters Normalized() => this with
    {
        Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        Kind = Kind is { } k && Enum.IsDefined(k) ? k : null,
        Level = Level is { } l && Enum.IsDefined(l) ? l : null,
        Channel = Channel is { } c && PracticeChannels.All.Contains(c) ? c : null,
        RoleId = RoleId is > 0 ? RoleId : null,
        Tag = Tags.Parse(Tag) is [var tag] ? tag : null,
    };

    public ListPractices ToQuery() => new()
    {
        Kind = Kind,
        Level = Level,
        Channel = Channel,
        RoleId = RoleId,
        Tag = Tag,
        Sort = SortOrder,
        After = After,
    };

    /// <summary>The address of the next page: the same filters, after the given cursor.</summary>
    public string NextPage(string cursor)
    {
        var query = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                query.Add($"{name}={Uri.EscapeDataString(value.ToString()!)}");
            }
        }

        Add("tipo", Kind);
        Add("livello", Level);
        Add("canale", Channel);
        Add("ruolo", RoleId);
        Add("ordine", SortOrder == PracticeSort.MostUseful ? "utili" : null);
        Add("dopo", cursor);
        var path = Tag is null ? "/repertorio" : $"/repertorio/parole-chiave/{Uri.EscapeDataString(Tag)}";
        return $"{path}?{string.Join('&', query)}";
    }
}
