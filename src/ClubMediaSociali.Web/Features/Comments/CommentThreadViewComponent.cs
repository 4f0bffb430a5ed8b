using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Comments;

/// <summary>
/// The comment thread any page can carry: <c>@await Component.InvokeAsync("CommentThread", new { kind, threadId })</c>.
/// htmx swaps the whole thread after each action; without JavaScript its forms post and come back.
/// </summary>
public sealed class CommentThreadViewComponent(IMediator mediator, IAuthorizationService authorization, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CommentThreadKind kind, Guid threadId, CommentDraft? draft = null, string? notice = null)
    {
        var viewer = UserClaimsPrincipal.MemberIdOrNull();
        var isModerator = viewer is not null && (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.Moderator)).Succeeded;
        var canPost = viewer is not null && (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.ConfirmedMember)).Succeeded;
        var thread = await mediator.Send(new GetCommentThread(kind, threadId), HttpContext.RequestAborted);
        return View(new CommentThreadModel(thread, viewer, canPost, isModerator, clock.GetUtcNow()) { Draft = draft, Notice = notice });
    }
}

public sealed record CommentThreadModel(CommentThreadView Thread, Guid? ViewerId, bool CanPost, bool IsModerator, DateTimeOffset Now)
{
    public CommentDraft? Draft { get; init; }

    public string? Notice { get; init; }

    public bool CanEdit(CommentItem c) =>
        c.AuthorId == ViewerId && ViewerId is not null && c.Status is CommentStatus.Visible or CommentStatus.Held && Now - c.CreatedAt <= Comment.EditWindow;

    public bool CanDelete(CommentItem c) =>
        c.AuthorId == ViewerId && ViewerId is not null && c.Status is not (CommentStatus.DeletedByAuthor or CommentStatus.Removed);

    public bool CanFlag(CommentItem c) =>
        ViewerId is not null && c.AuthorId != ViewerId && c.Status == CommentStatus.Visible && !c.ViewerFlagged;

    public bool CanReply(CommentItem c) =>
        CanPost && Thread.Open && c.Status is CommentStatus.Visible;
}

/// <summary>What the member typed when a comment came back with an error, with the message.</summary>
public sealed record CommentDraft(Guid? ParentId, string Body, string? Error);

public sealed record CommentRow(CommentItem Item, CommentThreadModel Thread, bool IsReply);
