namespace ClubMediaSociali.Application.Domain.Network;

/// <summary>The kinds of thing a member can save to come back to.</summary>
public enum SavedKind
{
    Practice = 1,
    Idea = 2,
    Opportunity = 3,
}

/// <summary>
/// Something a member saved to their own list ("Salvati"), private to them. The item is looked up when the list is
/// read, so one no longer readable (removed, archived) simply leaves it.
/// </summary>
public class SavedItem
{
    public Guid MemberId { get; init; }

    public SavedKind Kind { get; init; }

    public Guid ItemId { get; init; }

    public DateTimeOffset At { get; init; }
}
