namespace ClubMediaSociali.Web.Features.Media;

/// <summary>
/// The form that sets or removes one picture (a member's photo, a company's logo): <see cref="Action"/> takes the
/// file, <see cref="Action"/>/rimuovi removes it. A refused file's message comes back under the key "File".
/// </summary>
public sealed record PictureField(Guid Of, string Name, string? Picture, bool Company, string Action)
{
    public const string FileField = "File";

    /// <summary>What the file input accepts: the types the Club reads (the bytes decide in the end).</summary>
    public const string Accept = "image/jpeg,image/png,image/webp,image/gif,image/heic,image/heif,.heic,.heif";
}
