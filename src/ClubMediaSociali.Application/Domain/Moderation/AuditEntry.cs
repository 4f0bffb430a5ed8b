namespace ClubMediaSociali.Application.Domain.Moderation;

/// <summary>
/// One staff action, kept for good: who did what to which thing, when and why. The Club's governance
/// is light but transparent, and this log is its memory.
/// </summary>
public class AuditEntry
{
    public const int ReasonMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The staff member who acted; null for the command line on the server.</summary>
    public Guid? ActorId { get; init; }

    /// <summary>Stable code of the action ("staff.grant", "roles.rename"...).</summary>
    public required string Action { get; init; }

    public required string TargetType { get; init; }

    public required string TargetId { get; init; }

    public string? Reason { get; init; }

    /// <summary>What changed, in a few words meant for people ("Moderator").</summary>
    public string? Details { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>
/// Every code the audit log records, in one place: the admin page turns each into a sentence, and a test
/// checks that none is left without one in either language.
/// </summary>
public static class AuditActions
{
    public const string GrantStaffRole = "staff.grant";
    public const string RevokeStaffRole = "staff.revoke";
    public const string CreateProfessionalRole = "roles.create";
    public const string RenameProfessionalRole = "roles.rename";
    public const string VerifyCompany = "companies.verify";
    public const string UnverifyCompany = "companies.unverify";
    public const string MarkFoundingPartner = "companies.founding_partner";
    public const string UnmarkFoundingPartner = "companies.not_founding_partner";
    public const string SaveGlossaryTerm = "glossary.save";
    public const string DeleteGlossaryTerm = "glossary.delete";
    public const string CreateLearningPath = "paths.create";
    public const string SaveLearningPath = "paths.save";
    public const string PublishLearningPath = "paths.publish";
    public const string UnpublishLearningPath = "paths.unpublish";
    public const string DeleteLearningPath = "paths.delete";
    public const string SaveEdition = "newsletter.save";
    public const string ScheduleEdition = "newsletter.schedule";
    public const string UnscheduleEdition = "newsletter.unschedule";
    public const string RemoveComment = "comments.remove";
    public const string RestoreComment = "comments.restore";

    /// <summary>Details hold "{from} → {to}: {title}", the statuses by their enum names.</summary>
    public const string ChangeIdeaStatus = "ideas.status";
    public const string TurnIdeaIntoPractice = "ideas.to_practice";
    public const string RemoveOpportunity = "opportunities.remove";
    public const string RemoveUpload = "uploads.remove";
    public const string PublishPractice = "practices.publish";
    public const string RequestPracticeChanges = "practices.request_changes";
    public const string RejectPractice = "practices.reject";
    public const string PublishRevision = "practices.revision_publish";
    public const string RequestRevisionChanges = "practices.revision_request_changes";
    public const string RejectRevision = "practices.revision_reject";
    public const string FeaturePractice = "practices.feature";
    public const string UnfeaturePractice = "practices.unfeature";
    public const string ArchivePractice = "practices.archive";
    public const string RestorePractice = "practices.restore";

    /// <summary>A held contribution let through; details hold the kind and the first words.</summary>
    public const string ApproveHeld = "spam.approve";

    /// <summary>A member marked as a spammer; details hold the domains added to the marked list.</summary>
    public const string MarkSpam = "spam.mark";

    /// <summary>"Not spam": the member's contributions back, the suspension lifted, the domains taken back.</summary>
    public const string ClearSpam = "spam.clear";
    public const string AddSpamMarker = "spam.marker_add";
    public const string RemoveSpamMarker = "spam.marker_remove";
    public const string SuspendMember = "members.suspend";
    public const string ReinstateMember = "members.reinstate";

    /// <summary>A suspended member's appeal read and the suspension kept.</summary>
    public const string DismissAppeal = "members.appeal_dismiss";

    /// <summary>A moderator read a reported message or conversation (its snapshot): reading private words is recorded. Details: the reporter's name.</summary>
    public const string ReadMessageReport = "conversations.report_read";

    /// <summary>A report closed after acting on it (a suspension is recorded apart). Details: the reporter's name.</summary>
    public const string ActOnMessageReport = "conversations.report_acted";

    /// <summary>A report closed with nothing to do. Details: the reporter's name.</summary>
    public const string DismissMessageReport = "conversations.report_dismissed";
}

/// <summary>What an audit entry's <see cref="AuditEntry.TargetId"/> names.</summary>
public static class AuditTargets
{
    public const string Member = "member";
    public const string ProfessionalRole = "professional_role";
    public const string Company = "company";
    public const string GlossaryTerm = "glossary_term";
    public const string LearningPath = "learning_path";
    public const string Comment = "comment";
    public const string Idea = "idea";
    public const string Opportunity = "opportunity";
    public const string Practice = "practice";
    public const string SpamMarker = "spam_marker";
    public const string NewsletterEdition = "newsletter_edition";
    public const string Upload = "upload";
    public const string MessageReport = "message_report";
}
