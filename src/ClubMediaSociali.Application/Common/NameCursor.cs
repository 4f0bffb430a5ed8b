namespace ClubMediaSociali.Application.Common;

/// <summary>"name|id" in the address: where the next page of a list ordered by name (then id) starts.</summary>
public sealed record NameCursor(string Name, Guid Id)
{
    public override string ToString() => $"{Name}|{Id}";

    public static NameCursor? Parse(string? text)
    {
        var bar = text?.LastIndexOf('|') ?? -1;
        return bar > 0 && Guid.TryParse(text![(bar + 1)..], out var id) ? new NameCursor(text[..bar], id) : null;
    }
}
