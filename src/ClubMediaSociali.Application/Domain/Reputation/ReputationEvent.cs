namespace ClubMediaSociali.Application.Domain.Reputation;

/// <summary>
/// One line of the reputation ledger: points a member earned (or lost), why, for what and from whom.
/// A member earns points for the same reason, source and actor once: voting twice on an idea, or taking
/// a vote back and giving it again, does not move points. The member's reputation is the sum of their
/// lines, kept in <see cref="Members.Member.Reputation"/> by the same statement that writes the line.
/// </summary>
public class ReputationEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public int Points { get; init; }

    /// <summary>Stable code ("practice.published"...), see <see cref="ReputationReasons"/>.</summary>
    public required string Reason { get; init; }

    /// <summary>What earned the points: a practice, an idea, an opportunity, a member.</summary>
    public Guid SourceId { get; init; }

    /// <summary>Who gave them (the voter, the member who marked useful), or <see cref="Guid.Empty"/>.</summary>
    public Guid ActorId { get; init; }

    /// <summary>Points from other members' votes and marks, which count towards the daily cap.</summary>
    public bool FromVotes { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>The documented points of the Club, shown to members at /reputazione.</summary>
public static class ReputationReasons
{
    public static readonly ReputationRule PracticePublished = new("practice.published", 10, FromVotes: false);
    public static readonly ReputationRule PracticeFeatured = new("practice.featured", 15, FromVotes: false);
    public static readonly ReputationRule PracticeUseful = new("practice.useful", 2, FromVotes: true);
    public static readonly ReputationRule IdeaVotedFor = new("idea.voted_for", 2, FromVotes: true);
    public static readonly ReputationRule IdeaVotedAgainst = new("idea.voted_against", -1, FromVotes: true);
    public static readonly ReputationRule IdeaSelected = new("idea.selected", 10, FromVotes: false);
    public static readonly ReputationRule IdeaRealised = new("idea.realised", 25, FromVotes: false);
    public static readonly ReputationRule ResponseSelected = new("opportunity.response_selected", 10, FromVotes: false);
    public static readonly ReputationRule ConnectionAccepted = new("connection.accepted", 2, FromVotes: false);
    public static readonly ReputationRule PathCompleted = new("path.completed", 5, FromVotes: false);
    public static readonly ReputationRule EventHeld = new("event.held", 15, FromVotes: false);
    public static readonly ReputationRule EventSpoke = new("event.spoke", 10, FromVotes: false);

    /// <summary>Who must have come for an event to earn its organiser and speakers their points.</summary>
    public const int EventAttendees = 5;

    /// <summary>The most points a member can earn in one day (Italian calendar) from votes and useful marks.</summary>
    public const int DailyVoteCap = 40;

    public static IReadOnlyList<ReputationRule> All { get; } =
    [
        PracticePublished, PracticeFeatured, PracticeUseful, IdeaVotedFor, IdeaVotedAgainst,
        IdeaSelected, IdeaRealised, ResponseSelected, ConnectionAccepted, PathCompleted, EventHeld, EventSpoke,
    ];
}

public sealed record ReputationRule(string Reason, int Points, bool FromVotes);
