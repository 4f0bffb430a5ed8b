using ClubMediaSociali.Application.Features.Conversations;
using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Web.Features.Media;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Conversations;

/// <summary>
/// Members' direct messages: the list of one's conversations, one conversation with its messages (read by its
/// participants only), starting one from a profile or a response to an opportunity, and writing in it.
/// </summary>
public sealed class ConversationsController(IMediator mediator) : ClubController
{
    /// <summary>
    /// Kept for the member on that device like their other pages; a new message, a read or a change of theirs drops it
    /// (their unread counts move), and so does an edit or a deletion in a conversation it shows.
    /// </summary>
    [Authorize(Policy = Policies.Member)]
    [OutputCache(PolicyName = PageCache.MemberPolicy)]
    [HttpGet("/messaggi")]
    public async Task<IActionResult> Index([FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken)
    {
        var list = await mediator.Send(new ListMyConversations(after), cancellationToken);
        PageCache.TagPage(HttpContext, list.Conversations.Select(c => PageCache.ConversationTag(c.Id)));
        return View(list);
    }

    /// <summary>The member's messages matching what they typed (<see cref="SearchMyConversations"/>).</summary>
    [Authorize(Policy = Policies.Member)]
    [HttpGet("/messaggi/cerca")]
    public async Task<IActionResult> Search([FromQuery(Name = "q")] string? text, CancellationToken cancellationToken)
    {
        var typed = (text ?? "").Trim();
        if (typed.Length == 0)
        {
            return Redirect("/messaggi");
        }

        typed = typed.Length > 200 ? typed[..200] : typed;
        return View(new MessageSearchPage(typed, await mediator.Send(new SearchMyConversations(typed), cancellationToken)));
    }

    /// <summary>The header's badge alone, for htmx to swap in place every minute and when the live connection says it changed: counted afresh.</summary>
    [Authorize(Policy = Policies.Member)]
    [HttpGet("/messaggi/conteggio")]
    public IActionResult Count() => ViewComponent("MessageNav", new { fresh = true });

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/messaggi/nuovo")]
    public async Task<IActionResult> Start(
        [FromQuery(Name = "a")] string? to, [FromQuery(Name = "opportunita")] Guid? opportunity, [FromQuery(Name = "evento")] Guid? about, CancellationToken cancellationToken)
    {
        // From an event without a recipient: a registrant writes to its organisers.
        if (about is { } eventId && string.IsNullOrEmpty(to))
        {
            to = string.Join(", ", (await mediator.Send(new Application.Features.Events.GetEventOrganizerHandles(eventId), cancellationToken)).Select(h => "@" + h));
        }

        return View(new StartConversation { Recipients = to ?? "", OpportunityId = opportunity, EventId = about });
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [LimitedForm(FormLimit.Contributions)]
    [HttpPost("/messaggi/nuovo")]
    public async Task<IActionResult> Start(StartConversation form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(form, cancellationToken);
            if (result.IsSuccess)
            {
                return Redirect($"/messaggi/{result.Value}#ultimo");
            }

            AddRefusal(result.Error!);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    [Authorize(Policy = Policies.Member)]
    [OutputCache(PolicyName = PageCache.MemberPolicy)]
    [HttpGet("/messaggi/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, [FromQuery(Name = "prima")] long? before, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetConversation(id, before), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        // Kept for the member: any change to its messages drops it (HubOpenPages), and so does a new message for them.
        PageCache.TagPage(HttpContext, [PageCache.ConversationTag(id)]);

        var conversation = result.Value;
        // Seen up to the newest message shown, when the page shows the newest ones.
        if (before is null && conversation.Messages.Count > 0 && conversation.Messages[^1].Seq > conversation.ReadSeq)
        {
            await mediator.Send(new MarkConversationRead(id, conversation.Messages[^1].Seq), cancellationToken);
        }

        return View(new ConversationPage(conversation, new SendMessage(id)));
    }

    /// <summary>
    /// The messages after <paramref name="after"/>, as list items, for an open page told of new or changed ones (or
    /// reconnecting: everything since the last it showed). Read when the page is in view (<paramref name="seen"/>).
    /// More than a page of them: 409, and the page loads again.
    /// </summary>
    [Authorize(Policy = Policies.Member)]
    [HttpGet("/messaggi/{id:guid}/nuovi")]
    public async Task<IActionResult> Newer(Guid id, [FromQuery(Name = "dopo")] long after, [FromQuery(Name = "visti")] bool seen, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetConversation(id, After: after), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        var conversation = result.Value;
        if (conversation.MoreAfter)
        {
            return Conflict();
        }

        if (seen && conversation.Messages.Count > 0 && conversation.Messages[^1].Seq > conversation.ReadSeq)
        {
            await mediator.Send(new MarkConversationRead(id, conversation.Messages[^1].Seq), cancellationToken);
        }

        return PartialView("_Messages", conversation);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [LimitedForm(FormLimit.Contributions)]
    [UploadLimit(UploadKind.Attachment, files: Attachments.MaxPerItem)]
    [HttpPost("/messaggi/{id:guid}")]
    public async Task<IActionResult> Send(Guid id, SendMessage form, CancellationToken cancellationToken)
    {
        // Files are read only for a participant; the others are told nothing exists, as for any conversation not theirs.
        if (Request.HasFormContentType && Request.Form.Files.Any(f => f.Length > 0) && !await mediator.Send(new IsInConversation(id, User.MemberId()), cancellationToken))
        {
            return NotFound();
        }

        var message = form with
        {
            ConversationId = id,
            AttachmentIds = await this.AcceptNewFilesAsync(mediator, form.AttachmentIds, cancellationToken, AttachmentUse.Message),
        };
        if (message.AttachmentIds.Length > 0 && string.IsNullOrWhiteSpace(message.Body))
        {
            // Files alone make a message: the form was checked before its new files were read, and the command checks it again.
            ModelState.Remove(nameof(SendMessage.Body));
        }

        if (ModelState.IsValid)
        {
            var result = await mediator.Send(message, cancellationToken);
            if (result.IsSuccess)
            {
                // Sent from the open page by its script: the page fetches the new message as it does the others'.
                return IsHtmx ? NoContent() : Redirect($"/messaggi/{id}#m{result.Value}");
            }

            if (result.Error == ConversationErrors.NotFound)
            {
                return NotFound();
            }

            AddRefusal(result.Error!);
        }

        // The conversation again, with the message as typed and the reason beside it.
        var conversation = await mediator.Send(new GetConversation(id), cancellationToken);
        if (!conversation.IsSuccess)
        {
            return Refusal(conversation.Error!);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await ViewData.LoadAttachmentsAsync(mediator, message.AttachmentIds, cancellationToken);
        return View("Show", new ConversationPage(conversation.Value, message));
    }

    [Authorize(Policy = Policies.Member)]
    [HttpGet("/messaggi/messaggio/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetMessageForEditing(id), cancellationToken);
        return result.IsSuccess ? View(result.Value) : Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [LimitedForm(FormLimit.Contributions)]
    [HttpPost("/messaggi/messaggio/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, EditMessage form, CancellationToken cancellationToken)
    {
        var edit = form with { MessageId = id };
        var current = await mediator.Send(new GetMessageForEditing(id), cancellationToken);
        if (!current.IsSuccess)
        {
            return Refusal(current.Error!, current.Error == ConversationErrors.EditWindowClosed ? null : "/messaggi");
        }

        if (ModelState.IsValid)
        {
            var result = await mediator.Send(edit, cancellationToken);
            if (result.IsSuccess)
            {
                return Redirect($"/messaggi/{result.Value}#m{current.Value.Seq}");
            }

            AddRefusal(result.Error!);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(current.Value with { Form = edit });
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/messaggi/messaggio/{id:guid}/elimina")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new DeleteMessage(id), cancellationToken);
        return result.IsSuccess ? Redirect($"/messaggi/{result.Value}") : Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.Member)]
    [HttpPost("/messaggi/{id:guid}/esci")]
    public async Task<IActionResult> Leave(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new LeaveConversation(id), cancellationToken);
        return result.IsSuccess ? Redirect($"/messaggi/{id}") : Refusal(result.Error!);
    }

    /// <summary>The form to report the whole conversation, or one message without scripts (<paramref name="message"/>).</summary>
    [Authorize(Policy = Policies.Member)]
    [HttpGet("/messaggi/{id:guid}/segnala")]
    public IActionResult Report(Guid id, [FromQuery(Name = "messaggio")] Guid? message) => View(new ReportConversation(id, message));

    [Authorize(Policy = Policies.Member)]
    [LimitedForm(FormLimit.Contributions)]
    [HttpPost("/messaggi/{id:guid}/segnala")]
    public async Task<IActionResult> Report(
        Guid id, [FromForm(Name = "messaggio")] Guid? message, ReportConversation form, [FromServices] IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var report = form with { ConversationId = id, MessageId = message };
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(report, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(text["Segnalazione ricevuta: un moderatore la leggerà. Chi hai segnalato non saprà che sei stato tu."]);
                return Redirect($"/messaggi/{id}");
            }

            if (result.Error == ConversationErrors.NotFound)
            {
                return NotFound();
            }

            AddRefusal(result.Error!);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(report);
    }

    /// <summary>The link in a message mail: a page with one button, so that mail scanners opening links change nothing.</summary>
    [AllowAnonymous]
    [HttpGet("/messaggi/{id:guid}/niente-email")]
    public IActionResult StopMail(Guid id, [FromQuery(Name = "m")] Guid member, string? t) => View("StopMail", new StopMailPage(id, member, t, Done: false));

    /// <summary>No more mail for this conversation. The signed token is the proof (it names the member), so mail clients' one-click (RFC 8058) works too.</summary>
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [HttpPost("/messaggi/{id:guid}/niente-email")]
    public async Task<IActionResult> StopMailConfirmed(
        Guid id, [FromQuery(Name = "m")] Guid member, string? t, [FromServices] Application.Common.Email.EmailTokens tokens, CancellationToken cancellationToken)
    {
        if (tokens.Read(Infrastructure.Jobs.MessageMailJob.StopPurpose(member), t) != id
            || !await mediator.Send(new StopConversationMail(id, member), cancellationToken))
        {
            return View("StopMail", new StopMailPage(id, member, null, Done: false));
        }

        return View("StopMail", new StopMailPage(id, member, t, Done: true));
    }

    /// <summary>Mute, unmute or "elimina per me" (<see cref="MyConversationChange"/>); after deleting it for oneself, back to the list.</summary>
    [Authorize(Policy = Policies.Member)]
    [HttpPost("/messaggi/{id:guid}/per-me")]
    public async Task<IActionResult> ChangeMine(Guid id, MyConversationChange change, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ChangeMyConversation(id, change), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        return Redirect(change == MyConversationChange.Clear ? "/messaggi" : $"/messaggi/{id}");
    }
}

/// <summary>What the member searched for in their messages, and what was found.</summary>
public sealed record MessageSearchPage(string Text, IReadOnlyList<MessageFound> Found);

/// <summary>The page of a mail's "no more mail for this conversation": the signed link, and whether it was done.</summary>
public sealed record StopMailPage(Guid ConversationId, Guid MemberId, string? Token, bool Done);

/// <summary>The header's link to the conversations, with how many have unread messages.</summary>
public sealed class MessageNavViewComponent(IMediator mediator) : ViewComponent
{
    /// <param name="fresh">Counted now rather than taken from the count kept a few seconds (which another instance may have changed).</param>
    public async Task<IViewComponentResult> InvokeAsync(bool fresh = false) =>
        UserClaimsPrincipal.Identity?.IsAuthenticated == true
            ? View(await mediator.Send(new CountUnreadConversations(UserClaimsPrincipal.MemberId(), fresh), HttpContext.RequestAborted))
            : Content(string.Empty);
}

/// <summary>A conversation and the form to write in it (empty, or as the member typed it when it came back).</summary>
public sealed record ConversationPage(ConversationView Conversation, SendMessage Form);
