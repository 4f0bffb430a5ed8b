namespace ClubMediaSociali.Application.Domain.Media;

/// <summary>
/// One use of an uploaded file: a member's photo, a company's logo, an image in a text, an attachment, a CV sent
/// with a response. Who may read it is decided per use (<see cref="Purpose"/> and <see cref="UsedInKind"/>), never
/// by the stored bytes, which other uses may share (<see cref="SourceHash"/>).
/// </summary>
public class Upload
{
    public const int FileNameMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Who sent it; their quota counts it, and deleting their account deletes it.</summary>
    public Guid OwnerId { get; init; }

    public UploadPurpose Purpose { get; init; }

    /// <summary>The SHA-256 (hex) of the bytes as sent: the key of the stored files made from them.</summary>
    public string SourceHash { get; init; } = "";

    /// <summary>The name the member's device gave the file, cleaned; shown on attachments.</summary>
    public string FileName { get; init; } = "";

    /// <summary>The type found in the bytes (never the name's or the browser's).</summary>
    public string ContentType { get; init; } = "";

    /// <summary>The size of the file as sent, in bytes.</summary>
    public long Length { get; init; }

    /// <summary>A picture's size after orientation; null for attachments.</summary>
    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>Where it is used (a practice, an opportunity, a response, a message, a member, a company); null while a text is being written.</summary>
    public UploadPlace? UsedInKind { get; set; }

    public Guid? UsedInId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

public enum UploadPurpose
{
    /// <summary>A member's profile photo: public, in square sizes.</summary>
    Photo = 1,

    /// <summary>A company's logo: public, fitted in a square.</summary>
    Logo = 2,

    /// <summary>An image in a practice, an idea, a comment or an opportunity: public, bounded in width.</summary>
    ContentImage = 3,

    /// <summary>A document attached to a practice or an opportunity: read as its item is.</summary>
    Attachment = 4,

    /// <summary>A CV or portfolio sent with a response: the applicant and the company's representatives only.</summary>
    ResponseCv = 5,

    /// <summary>
    /// A document or a picture sent in a message: read by the participants who read the message, through an
    /// authorized action only (a picture too: it has no public address).
    /// </summary>
    MessageFile = 6,
}

/// <summary>The kinds of things an upload is used in.</summary>
public enum UploadPlace
{
    Member = 1,
    Company = 2,
    Practice = 3,
    Idea = 4,
    Comment = 5,
    Opportunity = 6,
    OpportunityResponse = 7,
    Message = 8,
}
