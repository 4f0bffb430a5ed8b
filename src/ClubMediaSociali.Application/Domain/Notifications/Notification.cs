using ClubMediaSociali.Application.Common.Links;

namespace ClubMediaSociali.Application.Domain.Notifications;

/// <summary>
/// Something a member should know (their practice was published, an idea they follow changed...).
/// Records now; the notifications feature shows them and sends them by email and in digests.
/// </summary>
public class Notification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    /// <summary>The <see cref="NotificationKind.Name"/>, turned into a sentence in the reader's language when shown.</summary>
    public required string Kind { get; init; }

    public required string Subject { get; init; }

    public string? Note { get; init; }

    /// <summary>The state the kind carries (<see cref="NotificationKind.State"/>), as the number of its enum value.</summary>
    public int? State { get; init; }

    public TargetKind TargetKind { get; init; }

    public string TargetKey { get; init; } = "";

    public string? TargetPart { get; init; }

    public Target Target => new(TargetKind, TargetKey, TargetPart);

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The member whose act it tells of (who asked to connect, who commented), shown by their face; null for the Club's own notices.</summary>
    public Guid? ActorId { get; init; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>When the email job looked at it, and sent it if the member wants its category by email.</summary>
    public DateTimeOffset? EmailCheckedAt { get; set; }

    /// <summary>A notification of <paramref name="kind"/> about <paramref name="subject"/> (a title, a name), leading to <paramref name="target"/>.</summary>
    public static Notification Of(
        Guid memberId, NotificationKind kind, string subject, Target target, DateTimeOffset at, string? note = null, Enum? state = null,
        Guid? actor = null)
    {
        if ((state is null) != (kind.State == NotificationState.None))
        {
            throw new ArgumentException($"The kind {kind} carries the state {kind.State}.", nameof(state));
        }

        if (!kind.Targets.Contains(target.Kind))
        {
            throw new ArgumentException($"The kind {kind} leads to {string.Join(" or ", kind.Targets)}, not to {target.Kind}.", nameof(target));
        }

        return new Notification
        {
            MemberId = memberId,
            Kind = kind.Name,
            Subject = subject,
            Note = note,
            State = state is null ? null : Convert.ToInt32(state, System.Globalization.CultureInfo.InvariantCulture),
            TargetKind = target.Kind,
            TargetKey = target.Key,
            TargetPart = target.Part,
            CreatedAt = at,
            ActorId = actor,
        };
    }
}
