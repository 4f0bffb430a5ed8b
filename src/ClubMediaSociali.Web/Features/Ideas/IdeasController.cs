using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Web.Features.Members;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Ideas;

/// <summary>
/// The network of ideas: lists in six orders, posting and editing, votes and follows refreshed in
/// place by htmx (plain forms without it), the moderators' decisions and the public decision log.
/// </summary>
public sealed class IdeasController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Ideas])]
    [HttpGet("/idee")]
    public async Task<IActionResult> Index([FromQuery(Name = "ordine")] string? orderName, [FromQuery(Name = "stato")] string? statusName, [FromQuery(Name = "parola")] string? tagText, string? q, [FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken)
    {
        var sort = IdeaTexts.ParseSort(orderName);
        var status = IdeaTexts.ParseStatus(statusName);
        var tag = Tags.Parse(tagText).FirstOrDefault();
        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var page = await mediator.Send(new ListIdeas(sort, after, status, tag) { Text = text }, cancellationToken);
        return View(new IdeasPage(page, sort, status, tag) { Text = text });
    }

    [Authorize(Policy = Policies.Member)]
    [HttpGet("/idee/mie")]
    public async Task<IActionResult> Mine(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetMyIdeas(), cancellationToken));

    [AllowAnonymous]
    [HttpGet("/idee/come-funziona")]
    public IActionResult Help() => View();

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/idee/nuova")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View("Edit", new SaveIdea());
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [LimitedForm(FormLimit.Contributions)]
    [HttpPost("/idee/nuova")]
    public Task<IActionResult> Create(SaveIdea form, CancellationToken cancellationToken) =>
        SaveAsync(form with { IdeaId = null }, cancellationToken);

    /// <summary>Ideas like the title being typed, for the form's hint (htmx, as the member types).</summary>
    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/idee/simili")]
    [EnableRateLimiting(RateLimits.TypingHints)]
    public async Task<IActionResult> Similar(string? title, CancellationToken cancellationToken) =>
        PartialView("_Similar", await mediator.Send(new FindSimilarIdeas(title ?? ""), cancellationToken));

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Ideas])]
    [HttpGet("/idee/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetIdea(id, ClubCultures.Current), cancellationToken);
        return result.IsSuccess ? View(result.Value) : Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/idee/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var (idea, refusal) = await EditableAsync(id, cancellationToken);
        if (idea is null)
        {
            return refusal!;
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View(new SaveIdea { IdeaId = id, Title = idea.Title, Body = idea.BodyMarkdown, Tags = Tags.Format(idea.Tags), RoleIds = idea.RoleIds });
    }

    /// <summary>Who may edit is decided before what is wrong with the form: a stranger's form, valid or not, is refused.</summary>
    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/idee/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, SaveIdea form, CancellationToken cancellationToken)
    {
        var (idea, refusal) = await EditableAsync(id, cancellationToken);
        return idea is null ? refusal! : await SaveAsync(form with { IdeaId = id }, cancellationToken);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [EnableRateLimiting(RateLimits.Votes)]
    [HttpPost("/idee/{id:guid}/voto")]
    public async Task<IActionResult> Vote(Guid id, VoteChoice vote, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new VoteOnIdea(id, vote), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        if (!IsHtmx)
        {
            return RedirectToAction(nameof(Show), new { id });
        }

        var state = result.Value;
        return PartialView("_IdeaVote", new IdeaVoteModel(id, state.VotesFor, state.VotesAgainst, state.ViewerVote, CanVote: true));
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/idee/{id:guid}/segui")]
    public async Task<IActionResult> Follow(Guid id, bool follow, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new FollowIdea(id, follow), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        return IsHtmx ? PartialView("_IdeaFollow", new IdeaFollowModel(id, result.Value)) : RedirectToAction(nameof(Show), new { id });
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/idee/{id:guid}/stato")]
    public async Task<IActionResult> Status(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetIdea(id, ClubCultures.Current), cancellationToken);
        return result.IsSuccess && result.Value.Status != IdeaStatus.Duplicate
            ? View(new IdeaStatusPage(result.Value, new ChangeIdeaStatus { IdeaId = id, Status = NextStatus(result.Value.Status) }))
            : NotFound();
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/idee/{id:guid}/stato")]
    public async Task<IActionResult> Status(Guid id, ChangeIdeaStatus form, CancellationToken cancellationToken)
    {
        var command = form with { IdeaId = id };
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(text["Decisione registrata e pubblicata nel registro."]);
                return RedirectToAction(nameof(Show), new { id });
            }

            if (result.Error!.Kind != ErrorKind.Invalid)
            {
                return Refusal(result.Error);
            }

            AddRefusal(result.Error);
        }

        var idea = await mediator.Send(new GetIdea(id, ClubCultures.Current), cancellationToken);
        return idea.IsSuccess ? View(new IdeaStatusPage(idea.Value, command)) : NotFound();
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/idee/{id:guid}/pratica")]
    public async Task<IActionResult> ToPractice(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new TurnIdeaIntoPractice(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(text["Bozza di pratica creata dall'idea: l'autore la completa e la invia ai moderatori."]);
        return RedirectToAction(nameof(Repertoire.RepertoireController.Show), "Repertoire", new { id = result.Value });
    }

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Ideas])]
    [HttpGet("/idee/decisioni")]
    public async Task<IActionResult> Decisions([FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetDecisionLog(after), cancellationToken));

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Ideas])]
    [HttpGet("/idee/decisioni/{id:guid}")]
    public async Task<IActionResult> Decision(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetDecision(id), cancellationToken);
        return result.IsSuccess ? View(result.Value) : Refusal(result.Error!);
    }

    private static IdeaStatus NextStatus(IdeaStatus status) => status switch
    {
        IdeaStatus.New => IdeaStatus.UnderDiscussion,
        IdeaStatus.UnderDiscussion => IdeaStatus.Selected,
        IdeaStatus.Selected => IdeaStatus.InProgress,
        _ => IdeaStatus.Realised,
    };

    /// <summary>The idea when the member may edit it, otherwise the refusal to show.</summary>
    private async Task<(IdeaView? Idea, IActionResult? Refusal)> EditableAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetIdea(id, ClubCultures.Current), cancellationToken);
        return !result.IsSuccess ? (null, Refusal(result.Error!))
            : result.Value.May.EditRefusal is { } refusal ? (null, Refusal(refusal, back: $"/idee/{id}"))
            : (result.Value, null);
    }

    private async Task<IActionResult> SaveAsync(SaveIdea form, CancellationToken cancellationToken)
    {
        var command = form;
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(form.IdeaId is null
                    ? text["Idea pubblicata. La segui già: ti diremo dei commenti e delle decisioni."].Value
                    : text["Modifiche salvate."].Value);
                return RedirectToAction(nameof(Show), new { id = result.Value });
            }

            return Refusal(result.Error!);
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        if (command.IdeaId is null)
        {
            ViewData["Similar"] = await mediator.Send(new FindSimilarIdeas(command.Title ?? ""), cancellationToken);
        }

        return View("Edit", command);
    }
}

public sealed record IdeasPage(IdeaPage Page, IdeaSort Sort, IdeaStatus? Status, string? Tag)
{
    public string? Text { get; init; }
}

public sealed record IdeaVoteModel(Guid IdeaId, int VotesFor, int VotesAgainst, VoteChoice ViewerVote, bool CanVote);

public sealed record IdeaFollowModel(Guid IdeaId, bool Following);

public sealed record IdeaStatusPage(IdeaView Idea, ChangeIdeaStatus Form);
