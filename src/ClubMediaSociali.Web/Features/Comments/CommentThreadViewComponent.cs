using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Features.Comments;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace ClubMediaSociali.Web.Features.Comments;

/// <summary>
/// The comment thread any page can carry: <c>@await Component.InvokeAsync("CommentThread", new { kind, threadId })</c>.
/// htmx swaps the whole thread after each action; without JavaScript its forms post and come back.
/// </summary>
public sealed class CommentThreadViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CommentThreadKind kind, Guid threadId, CommentDraft? draft = null, string? notice = null)
    {
        var thread = await mediator.Send(new GetCommentThread(kind, threadId), HttpContext.RequestAborted);
        return View(new CommentThreadModel(thread, SignedIn: UserClaimsPrincipal.Identity?.IsAuthenticated == true) { Draft = draft, Notice = notice });
    }
}

/// <summary>A thread with what each comment allows the viewer (<see cref="CommentItem.May"/>), and the form as it came back.</summary>
public sealed record CommentThreadModel(CommentThreadView Thread, bool SignedIn)
{
    public CommentDraft? Draft { get; init; }

    public string? Notice { get; init; }
}

/// <summary>What the member typed when a comment came back with an error, with the message.</summary>
public sealed record CommentDraft(Guid? ParentId, string Body, string? Error);

public sealed record CommentRow(CommentItem Item, CommentThreadModel Thread, bool IsReply);
