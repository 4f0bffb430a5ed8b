namespace ClubMediaSociali.Application.Features.Media;

/// <summary>The limits on uploads, from the "Media" settings.</summary>
public sealed class MediaOptions
{
    /// <summary>The largest picture a member may send (about 5 MB: a phone's photo fits).</summary>
    public int PictureMaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The largest attachment (a study, slides).</summary>
    public int AttachmentMaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Pictures a member may send in a day (photos, logos and images in texts together).</summary>
    public int PicturesPerDay { get; set; } = 60;

    /// <summary>Pictures a newcomer (trust level "nuovo") may send in a day.</summary>
    public int NewcomerPicturesPerDay { get; set; } = 5;

    /// <summary>Attachments a member may send in a day.</summary>
    public int AttachmentsPerDay { get; set; } = 20;
}
