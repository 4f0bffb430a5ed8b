using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Home;
using ClubMediaSociali.Application.Features.Reputation;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Home;

public sealed class HomeController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Home])]
    [HttpGet("/")]
    public async Task<IActionResult> Index([FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return await BachecaAsync(after, cancellationToken);
        }

        var figures = await mediator.Send(new GetHomeFigures(), cancellationToken);
        var leaders = await mediator.Send(new GetEmergingLeaders(ClubCultures.Current), cancellationToken);
        return View(new HomeViewModel(figures, leaders));
    }

    /// <summary>The next page of the bacheca, for "Carica altri" (htmx puts it in place of the button).</summary>
    [Authorize(Policy = Policies.Member)]
    [HttpGet("/bacheca/altri")]
    public async Task<IActionResult> More([FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken)
    {
        if (!IsHtmx)
        {
            return Redirect(after is null ? "/" : $"/?dopo={Uri.EscapeDataString(after)}");
        }

        return PartialView("_FeedItems", await mediator.Send(new GetActivityFeed(ClubCultures.Current, after), cancellationToken));
    }

    /// <summary>The member's "Salvati": all they saved, or one kind; private to them.</summary>
    [Authorize(Policy = Policies.Member)]
    [HttpGet("/salvati")]
    public async Task<IActionResult> Saved([FromQuery(Name = "tipo")] string? kind, [FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken)
    {
        var filter = SavedTexts.FromSlug(kind);
        return View(new SavedViewModel(filter, await mediator.Send(new GetSavedItems(filter, after), cancellationToken)));
    }

    /// <summary>Saves a practice, an idea or an opportunity, or takes it off: the button again for htmx, back to the page without it.</summary>
    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/salvati/{kind}/{id:guid}")]
    public async Task<IActionResult> Save(string kind, Guid id, bool saved, string? back, CancellationToken cancellationToken)
    {
        if (SavedTexts.FromSlug(kind) is not { } savedKind)
        {
            return NotFound();
        }

        var result = await mediator.Send(new SaveItem(savedKind, id, saved), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        if (IsHtmx)
        {
            return PartialView("_SaveButton", new SaveButton(savedKind, id, result.Value));
        }

        Notice(result.Value ? text["Salvato: lo ritrovi in «Salvati»."] : text["Tolto dai salvati."]);
        return LocalRedirect(Url.IsLocalUrl(back) ? back : "/salvati");
    }

    private async Task<IActionResult> BachecaAsync(string? after, CancellationToken cancellationToken)
    {
        var feed = await mediator.Send(new GetActivityFeed(ClubCultures.Current, after), cancellationToken);
        var waiting = await mediator.Send(new GetWaiting(), cancellationToken);
        var since = after is null ? await mediator.Send(new GetSinceLastVisit(), cancellationToken) : null;
        var checklist = after is null ? await mediator.Send(new GetChecklist(), cancellationToken) : null;
        // Suggestions help a member who is still finding whom to follow; a settled bacheca keeps its space (and its speed).
        var settling = checklist is { Done: false };
        var suggestions = settling ? await mediator.Send(new Application.Features.Following.SuggestFollows(People: 4, Companies: 2), cancellationToken) : null;
        var events = after is null ? await mediator.Send(new Application.Features.Events.GetEventsForMe(), cancellationToken) : null;
        return View("Bacheca", new BachecaViewModel(feed, waiting, since, after is not null) { Checklist = settling ? checklist : null, Suggestions = suggestions, Events = events });
    }
}

/// <param name="Kind">The kind the list shows; null for all.</param>
public sealed record SavedViewModel(SavedKind? Kind, SavedPage Page);

/// <summary>The "Salva" button of an idea or an opportunity (and, in time, an event), refreshed in place by htmx.</summary>
/// <param name="Back">Where the page goes after the form without JavaScript: the page the button is on.</param>
public sealed record SaveButton(SavedKind Kind, Guid Id, bool Saved, string? Back = null)
{
    public string Action => $"/salvati/{SavedTexts.Slug(Kind)}/{Id}";
}

public sealed record HomeViewModel(HomeFigures Figures, IReadOnlyList<EmergingGroup> EmergingLeaders);

/// <param name="SinceLastVisit">For a member back after a while: what changed in the whole Club since their previous visit.</param>
/// <param name="LaterPage">A later page of the feed, reached by the plain link without JavaScript.</param>
public sealed record BachecaViewModel(FeedPage Feed, Waiting Waiting, SinceLastVisit? SinceLastVisit, bool LaterPage)
{
    /// <summary>A newer member's first steps, until every one is done.</summary>
    public Checklist? Checklist { get; init; }

    /// <summary>The member's next events and "eventi per te" (on the first page).</summary>
    public Application.Features.Events.EventsForMe? Events { get; init; }

    /// <summary>Whom to follow, while the checklist is there.</summary>
    public Application.Features.Following.FollowSuggestions? Suggestions { get; init; }
}
