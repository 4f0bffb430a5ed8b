namespace ClubMediaSociali.Application.Domain.Connections;

/// <summary>
/// A tie between two members: asked for by one, accepted or declined by the other. There is at most
/// one row per pair, whoever asked: <see cref="LowId"/> and <see cref="HighId"/> hold the two members
/// in uuid order, so the primary key on the pair decides races between two members asking each other.
/// Withdrawn requests and removed contacts are deleted; a declined request stays to hold back repeats.
/// </summary>
public class Connection
{
    public const int MessageMaxLength = 300;

    /// <summary>A declined member may ask the same person again only after this many days.</summary>
    public const int DaysBeforeAskingAgain = 30;

    /// <summary>Requests a member may send in 24 hours, so the feature cannot be used to spam people.</summary>
    public const int RequestsPerDay = 25;

    public Guid LowId { get; private init; }

    public Guid HighId { get; private init; }

    public Guid RequesterId { get; private set; }

    public ConnectionStatus Status { get; private set; }

    public string? Message { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public Guid AddresseeId => RequesterId == LowId ? HighId : LowId;

    public static (Guid Low, Guid High) Pair(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    public static Connection Request(Guid requesterId, Guid addresseeId, string? message, DateTimeOffset now)
    {
        var (low, high) = Pair(requesterId, addresseeId);
        var connection = new Connection { LowId = low, HighId = high };
        connection.Ask(requesterId, message, now);
        return connection;
    }

    /// <summary>Whether <paramref name="requesterId"/> may ask again after this request was declined.</summary>
    public bool MayAskAgain(Guid requesterId, DateTimeOffset now) =>
        Status == ConnectionStatus.Declined
        && (requesterId != RequesterId || now - (AnsweredAt ?? RequestedAt) >= TimeSpan.FromDays(DaysBeforeAskingAgain));

    public void Ask(Guid requesterId, string? message, DateTimeOffset now)
    {
        RequesterId = requesterId;
        Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        Status = ConnectionStatus.Pending;
        RequestedAt = now;
        AnsweredAt = null;
    }

    public void Answer(bool accept, DateTimeOffset now)
    {
        Status = accept ? ConnectionStatus.Accepted : ConnectionStatus.Declined;
        AnsweredAt = now;
    }

    public Guid Other(Guid memberId) => memberId == LowId ? HighId : LowId;
}

public enum ConnectionStatus
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
}

/// <summary>Who may see a member's list of contacts on their profile.</summary>
public enum ContactsVisibility
{
    Members = 0,
    Contacts = 1,
    OnlyMe = 2,
    Everyone = 3,
}
