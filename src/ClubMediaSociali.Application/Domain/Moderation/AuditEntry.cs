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

public static class AuditActions
{
    public const string GrantStaffRole = "staff.grant";
    public const string RevokeStaffRole = "staff.revoke";
    public const string CreateProfessionalRole = "roles.create";
    public const string RenameProfessionalRole = "roles.rename";
}
