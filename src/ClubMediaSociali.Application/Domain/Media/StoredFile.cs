namespace ClubMediaSociali.Application.Domain.Media;

/// <summary>
/// Bytes the Club serves, addressed by the SHA-256 of what the member sent (<see cref="SourceHash"/>) and the
/// <see cref="Variant"/> made from it: "96.webp", "400.jpg" for a picture, <see cref="Original"/> for an attachment
/// kept as sent. The same source always gives the same variants, so an address never changes meaning and can be
/// cached for a year. Several uses (<see cref="Upload"/>) may share one source; its files go with the last of them.
/// </summary>
public class StoredFile
{
    public const int HashLength = 64;
    public const int VariantMaxLength = 20;
    public const int ContentTypeMaxLength = 100;

    /// <summary>The variant of an attachment: the bytes as the member sent them, served only through an authorized action.</summary>
    public const string Original = "original";

    public string SourceHash { get; init; } = "";

    public string Variant { get; init; } = "";

    public string ContentType { get; init; } = "";

    public int Length { get; init; }

    public byte[] Content { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}
