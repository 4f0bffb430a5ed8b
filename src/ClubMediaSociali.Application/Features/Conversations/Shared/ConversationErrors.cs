using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Conversations;

public static class ConversationErrors
{
    /// <summary>No such conversation, or not one of the member's: said the same way, so ids tell nothing.</summary>
    public static readonly Error NotFound = Error.NotFound("conversations.not_found");

    public static readonly Error NoRecipient = Error.Invalid("conversations.no_recipient");

    public static readonly Error UnknownMember = Error.NotFound("conversations.unknown_member");

    public static readonly Error Self = Error.Invalid("conversations.self");

    public static readonly Error TooManyPeople = Error.Invalid("conversations.too_many_people");

    /// <summary>The recipient's setting, or a block either way (said the same way, so a block is not told).</summary>
    public static readonly Error MayNotWrite = Error.Forbidden("conversations.may_not_write");

    /// <summary>A newcomer's new conversations of the day are used up.</summary>
    public static readonly Error TooManyToday = Error.TooMany("conversations.too_many_today");

    /// <summary>The member left this group: they read what was said until then, and write no more.</summary>
    public static readonly Error Left = Error.Forbidden("conversations.left");

    public static readonly Error NotAuthor = Error.Forbidden("conversations.not_author");

    public static readonly Error EditWindowClosed = Error.Conflict("conversations.edit_window_closed");

    public static readonly Error Deleted = Error.Conflict("conversations.message_deleted");

    public static readonly Error NotAGroup = Error.Invalid("conversations.not_a_group");

    /// <summary>One's own message is deleted, not reported.</summary>
    public static readonly Error OwnMessage = Error.Invalid("conversations.own_message");
}
