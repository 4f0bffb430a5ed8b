namespace ClubMediaSociali.Application.Common.Events;

/// <summary>
/// Tells the pages members have open that something of theirs changed, so they fetch it (the web layer does it
/// through SignalR, across instances with Redis). Only numbers travel this way, never content: the pages fetch the
/// content through the same authorised reads as a reload.
/// </summary>
public interface IOpenPages
{
    /// <summary>The pages watching a conversation: messages up to <paramref name="seq"/> are new or changed.</summary>
    Task ConversationChangedAsync(Guid conversationId, long seq, CancellationToken cancellationToken);

    /// <summary>Every open page of these members: their unread counts changed.</summary>
    Task UnreadChangedAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken);
}

/// <summary>Where no page can be open (the tools, a process without the web layer): nothing to tell.</summary>
public sealed class NoOpenPages : IOpenPages
{
    public Task ConversationChangedAsync(Guid conversationId, long seq, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task UnreadChangedAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken) => Task.CompletedTask;
}
