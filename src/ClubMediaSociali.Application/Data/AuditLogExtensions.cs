using ClubMediaSociali.Application.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Data;

public static class AuditLogExtensions
{
    public const int DetailsMaxLength = 300;

    /// <summary>
    /// Adds one staff action to the log (saved with the rest of the change), cutting the details and
    /// the reason to what the log keeps: titles and notes can be longer than a log line.
    /// </summary>
    public static void Record(
        this DbSet<AuditEntry> log, Guid? actorId, string action, string targetType, Guid targetId, string? details, DateTimeOffset at, string? reason = null) =>
        log.Add(new AuditEntry
        {
            ActorId = actorId,
            Action = action,
            TargetType = targetType,
            TargetId = targetId.ToString(),
            Details = details is { Length: > DetailsMaxLength } ? details[..DetailsMaxLength] : details,
            Reason = reason is { Length: > AuditEntry.ReasonMaxLength } ? reason[..AuditEntry.ReasonMaxLength] : reason,
            At = at,
        });
}
