namespace ClubMediaSociali.Application.Common.Links;

/// <summary>The kinds of page a link can lead to. The web layer alone knows their addresses.</summary>
public enum TargetKind
{
    Practice = 1,
    PracticeEdit = 2,

    /// <summary>One version of a practice: <see cref="Target.Part"/> is its number.</summary>
    PracticeRevision = 3,
    Idea = 4,
    IdeaDecision = 5,
    Opportunity = 6,

    /// <summary>The responses to an opportunity, as its company's representatives see them.</summary>
    OpportunityResponses = 7,

    /// <summary>A member's profile: <see cref="Target.Key"/> is their handle.</summary>
    Member = 8,

    /// <summary>A company's page: <see cref="Target.Key"/> is its slug.</summary>
    Company = 9,

    /// <summary>A badge's page: <see cref="Target.Key"/> is the badge's key.</summary>
    Badge = 10,

    /// <summary>The member's own contacts and connection requests (no key).</summary>
    Contacts = 11,

    /// <summary>The newsletter's confirmation link: <see cref="Target.Key"/> is the signed token.</summary>
    NewsletterConfirm = 12,

    /// <summary>The newsletter's way out: <see cref="Target.Key"/> is the signed token.</summary>
    NewsletterUnsubscribe = 13,

    /// <summary>A learning path of Primi passi: <see cref="Target.Key"/> is its slug.</summary>
    LearningPath = 14,

    /// <summary>A term of the glossary: <see cref="Target.Key"/> is its slug.</summary>
    GlossaryTerm = 15,

    /// <summary>The admins' page of professional roles (no key).</summary>
    ProfessionalRoles = 16,

    /// <summary>An edition of the Club's updates in the public archive, by its number.</summary>
    NewsletterEdition = 17,

    /// <summary>The home page (no key).</summary>
    Home = 18,

    /// <summary>An event's page.</summary>
    Event = 19,
}

/// <summary>
/// What a link leads to, by kind and key, so that requests, notifications and mail name pages
/// without knowing their addresses (ADR-007). <paramref name="Part"/> is a place inside the page:
/// on a page that takes comments, the comment to show; on a practice's revision, its number.
/// </summary>
public readonly record struct Target(TargetKind Kind, string Key, string? Part = null)
{
    public static Target Practice(Guid id) => new(TargetKind.Practice, id.ToString());

    public static Target PracticeEdit(Guid id) => new(TargetKind.PracticeEdit, id.ToString());

    public static Target PracticeRevision(Guid id, int number) => new(TargetKind.PracticeRevision, id.ToString(), number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Target Idea(Guid id) => new(TargetKind.Idea, id.ToString());

    public static Target IdeaDecision(Guid id) => new(TargetKind.IdeaDecision, id.ToString());

    public static Target Opportunity(Guid id) => new(TargetKind.Opportunity, id.ToString());

    public static Target Event(Guid id) => new(TargetKind.Event, id.ToString());

    public static Target OpportunityResponses(Guid id) => new(TargetKind.OpportunityResponses, id.ToString());

    public static Target Member(string handle) => new(TargetKind.Member, handle);

    public static Target Company(string slug) => new(TargetKind.Company, slug);

    public static Target Badge(string key) => new(TargetKind.Badge, key);

    public static Target Contacts { get; } = new(TargetKind.Contacts, "");

    public static Target LearningPath(string slug) => new(TargetKind.LearningPath, slug);

    public static Target GlossaryTerm(string slug) => new(TargetKind.GlossaryTerm, slug);

    public static Target ProfessionalRoles { get; } = new(TargetKind.ProfessionalRoles, "");

    public static Target Home { get; } = new(TargetKind.Home, "");

    public static Target NewsletterEdition(int number) => new(TargetKind.NewsletterEdition, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The same page, opened at one of its comments.</summary>
    public Target AtComment(Guid commentId) => this with { Part = commentId.ToString() };
}
