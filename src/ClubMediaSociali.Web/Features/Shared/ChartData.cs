using System.Text.Json;

namespace ClubMediaSociali.Web.Features.Shared;

/// <summary>
/// A chart drawn by wwwroot/js/charts.js from its data attribute, always with the same figures in a table
/// beside it: the numbers never depend on the script.
/// </summary>
public sealed record ChartData(string Id, string Title, string Type, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series)
{
    public string Json() => JsonSerializer.Serialize(new
    {
        type = Type,
        labels = Labels,
        datasets = Series.Select(s => new { label = s.Label, data = s.Data }),
    });
}

public sealed record ChartSeries(string Label, IReadOnlyList<int> Data);
