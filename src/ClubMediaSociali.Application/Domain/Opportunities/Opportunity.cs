using ClubMediaSociali.Application.Domain.Members;

namespace ClubMediaSociali.Application.Domain.Opportunities;

/// <summary>
/// A business opportunity a company publishes through one of its representatives: a collaboration,
/// a project, a job, a partnership, a request for advice or an event. Drafts are seen only by the
/// company's representatives; open ones by everyone; an open one past its deadline closes by itself.
/// </summary>
public class Opportunity
{
    public const int TitleMaxLength = 160;
    public const int DescriptionMaxLength = 10_000;
    public const int MaxRoles = 5;
    public const int ReasonMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The company it is published for; null only for rows from before companies existed.</summary>
    public Guid? CompanyId { get; set; }

    /// <summary>The representative who wrote it; null once their account is deleted.</summary>
    public Guid? AuthorId { get; set; }

    public OpportunityKind Kind { get; set; }

    public required string Title { get; set; }

    public string DescriptionMarkdown { get; set; } = "";

    public string DescriptionHtml { get; set; } = "";

    /// <summary>The uploads attached (a brief, a specification), in the representative's order.</summary>
    public Guid[] AttachmentIds { get; set; } = [];

    /// <summary>The professional roles sought.</summary>
    public int[] RoleIds { get; set; } = [];

    /// <summary>Skills sought, as tags.</summary>
    public string[] Skills { get; set; } = [];

    /// <summary>Where the work happens; null when it is remote only.</summary>
    public ItalianRegion? Region { get; set; }

    public bool Remote { get; set; }

    /// <summary>Optional budget or pay range in euros.</summary>
    public int? BudgetMin { get; set; }

    public int? BudgetMax { get; set; }

    /// <summary>The last day to respond; the opportunity closes on the following day.</summary>
    public DateOnly? Deadline { get; set; }

    public OpportunityStatus Status { get; set; }

    public OpportunityClosure? ClosedBecause { get; set; }

    /// <summary>For a removal by a moderator: the public reason.</summary>
    public string? RemovedReason { get; set; }

    public int ResponseCount { get; set; }

    /// <summary>Whether it passed the spam defence; only clear contributions are public (see <see cref="Moderation.Screening"/>).</summary>
    public Moderation.Screening Screening { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}

public enum OpportunityStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
}

public enum OpportunityKind
{
    Collaboration = 0,
    Project = 1,
    Job = 2,
    Partnership = 3,
    ConsultingRequest = 4,
    Event = 5,
}

/// <summary>Why an opportunity closed: the company closed it, its deadline passed, or a moderator removed it.</summary>
public enum OpportunityClosure
{
    ByCompany = 0,
    Expired = 1,
    Removed = 2,
}

/// <summary>
/// A member's answer to an opportunity, one per member (the primary key decides races). Private:
/// only the member and the company's representatives see it.
/// </summary>
public class OpportunityResponse
{
    public const int MessageMaxLength = 3000;

    public Guid OpportunityId { get; init; }

    public Guid MemberId { get; init; }

    public string Message { get; set; } = "";

    public ResponseStatus Status { get; set; }

    /// <summary>Whether it passed the spam defence; only clear contributions are public (see <see cref="Moderation.Screening"/>).</summary>
    public Moderation.Screening Screening { get; set; }

    /// <summary>The CV or portfolio (a PDF upload) sent with the response: the applicant and the company's representatives read it.</summary>
    public Guid? CvUploadId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// PostgreSQL's row version (xmin): a form carries the one it was drawn from, and a decision on a row
    /// that changed since is refused rather than applied over someone else's.
    /// </summary>
    public uint Version { get; set; }
}

public enum ResponseStatus
{
    Sent = 0,
    UnderReview = 1,
    Selected = 2,
    NotSelected = 3,
    Withdrawn = 4,
}
