namespace ClubMediaSociali.Application.Domain.Network;

public enum BlockKind
{
    /// <summary>Their content leaves my bacheca; nothing else changes.</summary>
    Mute = 1,

    /// <summary>
    /// Also no connection requests, mentions or (when they arrive) messages from them; an existing tie and follows
    /// between us end. They are not told.
    /// </summary>
    Block = 2,
}

/// <summary>A member's block or mute of another: one row per pair, a block replacing a mute.</summary>
public class MemberBlock
{
    public Guid MemberId { get; init; }

    public Guid OtherId { get; init; }

    public BlockKind Kind { get; set; }

    public DateTimeOffset At { get; set; }
}
