namespace ClubMediaSociali.Application.Domain.Repertoire;

/// <summary>A member found a practice useful. One per member and practice; the practice keeps the count.</summary>
public class PracticeUsefulMark
{
    public Guid PracticeId { get; init; }

    public Guid MemberId { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>The steps of a method a member has ticked, by position (0 for the first step).</summary>
public class MethodProgress
{
    public Guid MemberId { get; init; }

    public Guid PracticeId { get; init; }

    public int[] DoneSteps { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}
