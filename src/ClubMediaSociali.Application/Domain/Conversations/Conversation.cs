namespace ClubMediaSociali.Application.Domain.Conversations;

/// <summary>
/// Direct messages between two members or a small group. Messages are numbered within their conversation
/// (<see cref="Message.Seq"/>), so reading, paging back and "everything since the last one seen" are ranges of one
/// index, and each participant's read state is one number.
/// </summary>
public class Conversation
{
    /// <summary>Members in one conversation at most, the one who started it included.</summary>
    public const int MaxParticipants = 10;

    public const int TitleMaxLength = 120;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>A group's name, chosen by whoever starts it; none for two people.</summary>
    public string? Title { get; set; }

    public bool IsGroup { get; init; }

    public Guid StartedById { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    /// <summary>The opportunity it is about, when a representative started it from a response (with <see cref="ApplicantId"/>).</summary>
    public Guid? OpportunityId { get; init; }

    /// <summary>Who answered <see cref="OpportunityId"/>: the response it is about.</summary>
    public Guid? ApplicantId { get; init; }

    /// <summary>The event it is about, when an organiser and one who registered talk about it (with <see cref="RegistrantId"/>).</summary>
    public Guid? EventId { get; init; }

    /// <summary>Who registered for <see cref="EventId"/>: one conversation per registrant and event, with its organisers.</summary>
    public Guid? RegistrantId { get; init; }

    /// <summary>The number of the newest message (0 before the first).</summary>
    public long LastSeq { get; set; }

    public DateTimeOffset LastMessageAt { get; set; }
}

/// <summary>A member's place in a conversation, with everything that is theirs alone about it.</summary>
public class ConversationParticipant
{
    /// <summary>How long a message may wait unread before it is mailed (once, with the others waiting beside it).</summary>
    public static readonly TimeSpan MailAfter = TimeSpan.FromMinutes(15);

    public Guid ConversationId { get; init; }

    public Guid MemberId { get; init; }

    public DateTimeOffset JoinedAt { get; init; }

    /// <summary>When they left a group: they keep what was said until then, and nothing after.</summary>
    public DateTimeOffset? LeftAt { get; set; }

    /// <summary>The newest message they have seen.</summary>
    public long ReadSeq { get; set; }

    /// <summary>Messages of others after <see cref="ReadSeq"/>, kept by every send in the same statement (exact under load).</summary>
    public int Unread { get; set; }

    /// <summary>Muted: no notification, no mail, no count in the header; the list still shows it.</summary>
    public bool Muted { get; set; }

    /// <summary>"Elimina per me": messages up to this one are gone for them; the conversation is back in their list with a newer message.</summary>
    public long ClearedSeq { get; set; }

    /// <summary>No more mail for this conversation (the one-click link in a mail).</summary>
    public bool MailOff { get; set; }

    /// <summary>The newest message a mail already told them of.</summary>
    public long MailedSeq { get; set; }

    /// <summary>
    /// When the oldest message of others waiting for them, and not yet mailed, will have waited <see cref="MailAfter"/>;
    /// none when nothing waits. Set by the send that makes them wait, cleared when they read or are mailed.
    /// </summary>
    public DateTimeOffset? MailDueAt { get; set; }
}

public class Message
{
    public const int BodyMaxLength = 5000;

    /// <summary>How long the author may correct a message.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ConversationId { get; init; }

    public long Seq { get; init; }

    public Guid AuthorId { get; init; }

    public string BodyMarkdown { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    /// <summary>The documents and pictures sent with it, in the order chosen (uploads used in it; gone when it is deleted).</summary>
    public Guid[] AttachmentIds { get; set; } = [];

    public DateTimeOffset At { get; init; }

    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>Deleted by its author: shown to everyone as "messaggio eliminato", its text gone.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>
    /// Held by the content check, or its author marked as a spammer: only its author sees it (marked as waiting), it
    /// counts as unread for nobody and is mailed to nobody until a moderator lets it through.
    /// </summary>
    public Moderation.Screening Screening { get; set; }

    public bool MayBeEditedBy(Guid memberId, DateTimeOffset now) => memberId == AuthorId && DeletedAt is null && now - At <= EditWindow;

    public void Delete(DateTimeOffset now)
    {
        DeletedAt = now;
        BodyMarkdown = "";
        BodyHtml = "";
        AttachmentIds = [];
    }
}

/// <summary>
/// Who may start a conversation with a member. Contacts, and the representatives of organisations whose
/// opportunities the member answered, always may, except under <see cref="Nobody"/>; conversations already
/// under way go on whatever the setting.
/// </summary>
public enum MessagePolicy
{
    /// <summary>Besides contacts, members from trust level "membro" (the default).</summary>
    FromMembers = 0,

    Everyone = 1,

    ContactsOnly = 2,

    /// <summary>No one starts a new conversation with them.</summary>
    Nobody = 3,
}
