using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Features.Conversations;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.SignalR;

namespace ClubMediaSociali.Web.Features.Conversations;

/// <summary>
/// The live side of conversations (ADR-017). A signed-in member's pages connect here and hear two things, both
/// numbers only: "unread" (their counts changed: the header's badge is fetched again) and, for a conversation page
/// that asked to <see cref="Watch"/> it, "changed" with the conversation and the newest message number (the page
/// fetches the messages through the same read as a reload). Members are told apart by their id claim, so with the
/// Redis backplane a member's pages hear of a message sent through any instance.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class ConversationHub(IMediator mediator) : Hub
{
    public const string Path = "/messaggi/diretta";

    public static string Group(Guid conversationId) => $"conversation:{conversationId:N}";

    /// <summary>Joins the page to the conversation's group, only for a member taking part in it.</summary>
    public async Task Watch(Guid conversationId)
    {
        var member = Context.User!.MemberId();
        if (!await mediator.Send(new IsInConversation(conversationId, member), Context.ConnectionAborted))
        {
            throw new HubException("not-a-participant");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Group(conversationId), Context.ConnectionAborted);
    }
}

/// <summary>Tells open pages through the hub; with Redis, on every instance.</summary>
internal sealed class HubOpenPages(IHubContext<ConversationHub> hub, IOutputCacheStore keptPages) : IOpenPages
{
    public async Task ConversationChangedAsync(Guid conversationId, long seq, CancellationToken cancellationToken)
    {
        // The copies of its pages kept for its participants (the conversation and their lists) go first, so that what
        // a page fetches on this signal, and any reload, shows the change.
        await keptPages.EvictByTagAsync(PageCache.ConversationTag(conversationId), CancellationToken.None);
        await hub.Clients.Group(ConversationHub.Group(conversationId)).SendAsync("changed", conversationId, seq, cancellationToken);
    }

    public async Task UnreadChangedAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken)
    {
        foreach (var member in memberIds)
        {
            await keptPages.EvictByTagAsync(PageCache.MemberTag(member), CancellationToken.None);
        }

        await hub.Clients.Users([.. memberIds.Select(m => m.ToString())]).SendAsync("unread", cancellationToken);
    }
}
