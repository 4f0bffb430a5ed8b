using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Links;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Comments;

/// <summary>
/// Comments on any thread: post, reply, edit, delete, flag and moderate. With htmx each action
/// answers with the refreshed thread; without it, with a redirect back to the comment, or with a
/// small page holding the form when something needs correcting.
/// </summary>
public sealed class CommentsController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [Authorize(Policy = Policies.ConfirmedMember)]
    [LimitedForm(FormLimit.Contributions, Field = "Body")]
    [HttpPost("/commenti")]
    public async Task<IActionResult> Post(PostComment form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var draft = new CommentDraft(form.ParentId, form.Body ?? "", FirstError(nameof(PostComment.Body)));
            return IsHtmx
                ? ViewComponent("CommentThread", new { kind = form.ThreadKind, threadId = form.ThreadId, draft })
                : View("Write", form);
        }

        var result = await mediator.Send(form, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        return Done(result.Value, result.Value.Status == CommentStatus.Held
            ? text["Il tuo commento è in attesa di revisione: comparirà dopo che un moderatore lo avrà letto."]
            : text["Commento pubblicato."]);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/commenti/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var comment = await mediator.Send(new GetComment(id), cancellationToken);
        if (NotEditable(comment) is { } refusal)
        {
            return refusal;
        }

        return View(new EditCommentPage(comment.Value, new EditComment { CommentId = id, Body = comment.Value.BodyMarkdown }));
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/commenti/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, EditComment form, CancellationToken cancellationToken)
    {
        // Who may edit is decided before what is wrong with the form: a stranger's form, valid or not, is refused.
        var comment = await mediator.Send(new GetComment(id), cancellationToken);
        if (NotEditable(comment) is { } refusal)
        {
            return refusal;
        }

        var command = form with { CommentId = id };
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(text["Commento modificato."]);
                return LocalRedirect(ClubLinks.PathOf(result.Value.Target));
            }

            if (result.Error != CommentErrors.TooLate)
            {
                return Refusal(result.Error!);
            }

            ModelState.AddModelError(nameof(EditComment.Body), text["Sono passati più di 15 minuti: il commento non si può più modificare."]);
        }

        return View(new EditCommentPage(comment.Value, command));
    }

    /// <summary>
    /// The refusal when the member may not edit this comment at all (not theirs, or gone); a comment past its
    /// edit window still opens, and says so beside the text when saved.
    /// </summary>
    private IActionResult? NotEditable(Result<CommentDetails> comment) =>
        !comment.IsSuccess ? Refusal(comment.Error!)
        : comment.Value.EditRefusal is { Kind: ErrorKind.NotFound } refusal ? Refusal(refusal)
        : null;

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/commenti/{id:guid}/elimina")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new DeleteComment(id), cancellationToken);
        return result.IsSuccess ? Done(result.Value, text["Commento eliminato."]) : Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/commenti/{id:guid}/segnala")]
    public Task<IActionResult> Flag(Guid id, CancellationToken cancellationToken) => ReasonPageAsync(id, ReasonKind.Flag, null, cancellationToken);

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/commenti/{id:guid}/segnala")]
    public async Task<IActionResult> Flag(Guid id, FlagComment form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ReasonPageAsync(id, ReasonKind.Flag, form.Reason, cancellationToken);
        }

        var result = await mediator.Send(form with { CommentId = id }, cancellationToken);
        if (result.IsSuccess)
        {
            return Done(result.Value, text["Grazie: la segnalazione è arrivata ai moderatori."]);
        }

        return Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/commenti/{id:guid}/moderazione")]
    public Task<IActionResult> Moderate(Guid id, CancellationToken cancellationToken) => ReasonPageAsync(id, ReasonKind.Moderate, null, cancellationToken);

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/commenti/{id:guid}/moderazione")]
    public async Task<IActionResult> Moderate(Guid id, ModerateComment form, [FromForm(Name = "ritorno")] string? back, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ReasonPageAsync(id, ReasonKind.Moderate, form.Reason, cancellationToken);
        }

        var result = await mediator.Send(form with { CommentId = id }, cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        var notice = form.Decision == CommentDecision.Remove ? text["Commento rimosso."] : text["Commento approvato: ora è visibile a tutti."];
        if (back == "coda" && !IsHtmx)
        {
            Notice(notice.Value);
            return RedirectToAction(nameof(Queue));
        }

        return Done(result.Value, notice);
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/commenti")]
    public async Task<IActionResult> Queue(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetCommentQueue(), cancellationToken));

    private string? FirstError(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    /// <summary>The thread again for htmx; otherwise back to the comment on its page, with the notice on top.</summary>
    private IActionResult Done(CommentRef comment, string notice)
    {
        if (IsHtmx)
        {
            return ViewComponent("CommentThread", new { kind = comment.ThreadKind, threadId = comment.ThreadId, notice });
        }

        Notice(notice);
        return LocalRedirect(ClubLinks.PathOf(comment.Target));
    }

    private async Task<IActionResult> ReasonPageAsync(Guid id, ReasonKind kind, string? reason, CancellationToken cancellationToken)
    {
        var comment = await mediator.Send(new GetComment(id), cancellationToken);
        return comment.IsSuccess ? View("Reason", new ReasonPage(comment.Value, kind, reason)) : Refusal(comment.Error!);
    }
}

public sealed record EditCommentPage(CommentDetails Comment, EditComment Form);

public enum ReasonKind
{
    Flag = 0,
    Moderate = 1,
}

public sealed record ReasonPage(CommentDetails Comment, ReasonKind Kind, string? Reason);
