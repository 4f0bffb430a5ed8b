using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Following;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Following;

/// <summary>Following members, companies, tags and roles: the buttons (htmx in place, a form without JavaScript), "Chi seguo" and "Chi mi segue".</summary>
[Authorize(Policy = Policies.Member)]
public sealed class FollowingController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [HttpPost("/membri/{key}/segui")]
    public Task<IActionResult> Member(string key, bool follow, string? back, CancellationToken cancellationToken) =>
        FollowAsync(FollowKind.Member, key, follow, back, cancellationToken);

    [HttpPost("/aziende/{key}/segui")]
    public Task<IActionResult> Company(string key, bool follow, string? back, CancellationToken cancellationToken) =>
        FollowAsync(FollowKind.Company, key, follow, back, cancellationToken);

    [HttpPost("/parole-chiave/{key}/segui")]
    public Task<IActionResult> Tag(string key, bool follow, string? back, CancellationToken cancellationToken) =>
        FollowAsync(FollowKind.Tag, key, follow, back, cancellationToken);

    [HttpPost("/ruoli/{key}/segui")]
    public Task<IActionResult> Role(string key, bool follow, string? back, CancellationToken cancellationToken) =>
        FollowAsync(FollowKind.Role, key, follow, back, cancellationToken);

    /// <summary>The forms of "Chi seguo" that add a tag or a role typed or chosen there.</summary>
    [HttpPost("/parole-chiave/segui")]
    public Task<IActionResult> NewTag(string? tag, CancellationToken cancellationToken) =>
        FollowAsync(FollowKind.Tag, tag ?? "", follow: true, "/seguiti", cancellationToken);

    [HttpPost("/ruoli/segui")]
    public Task<IActionResult> NewRole(string? role, CancellationToken cancellationToken) =>
        FollowAsync(FollowKind.Role, role ?? "", follow: true, "/seguiti", cancellationToken);

    [HttpGet("/seguiti")]
    public async Task<IActionResult> Following(CancellationToken cancellationToken) =>
        View(new FollowingPage(
            await mediator.Send(new GetMyFollows(ClubCultures.Current), cancellationToken), await RoleOptionsAsync(cancellationToken),
            await mediator.Send(new SuggestFollows(), cancellationToken)));

    [HttpGet("/seguaci")]
    public async Task<IActionResult> Followers(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetMyFollowers(), cancellationToken));

    private async Task<IReadOnlyList<Application.Features.Members.RoleGroupOption>> RoleOptionsAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new Application.Features.Members.GetProfessionalRoles(ClubCultures.Current), cancellationToken);

    private async Task<IActionResult> FollowAsync(FollowKind kind, string key, bool follow, string? back, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new Follow(kind, key, follow), cancellationToken);
        if (result.Error == FollowErrors.Self)
        {
            Notice(text["Non puoi seguire te stesso."]);
            return LocalRedirect(SafeBack(back));
        }

        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        if (IsHtmx)
        {
            return PartialView("_FollowButton", new FollowButton(kind, key, result.Value));
        }

        return LocalRedirect(SafeBack(back));
    }

    /// <summary>The page the form came from, if it is one of ours; else "Chi seguo".</summary>
    private static string SafeBack(string? back) => back is { Length: > 1 } && back[0] == '/' && back[1] is not '/' and not '\\' ? back : "/seguiti";

    [HttpPost("/membri/{handle}/blocco")]
    public async Task<IActionResult> Block(string handle, string? kind, string? back, CancellationToken cancellationToken)
    {
        BlockKind? chosen = Enum.TryParse<BlockKind>(kind, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var result = await mediator.Send(new SetBlock(handle, chosen), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(result.Value switch
        {
            BlockKind.Block => text["Hai bloccato questo membro: non potrà chiederti il contatto né menzionarti, e non vedrai più quello che fa. Non riceve alcun avviso."],
            BlockKind.Mute => text["Hai silenziato questo membro: quello che fa non arriva più sulla tua bacheca."],
            _ => text["Fatto: questo membro non è più bloccato né silenziato."],
        });
        return LocalRedirect(SafeBack(back) == "/seguiti" ? "/profilo/bloccati" : SafeBack(back));
    }

    [HttpGet("/profilo/bloccati")]
    public async Task<IActionResult> Blocked(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetMyBlocks(), cancellationToken));
}

/// <summary>A follow button: its action from the kind and key, its state, and where the form without JavaScript comes back to.</summary>
public sealed record FollowButton(FollowKind Kind, string Key, bool Following, string? Back = null)
{
    /// <summary>What the button names: a tag is named on its button ("Segui #video"), since the page may list others.</summary>
    public string? Name => Kind == FollowKind.Tag ? $"#{Key}" : null;

    public string Action => Kind switch
    {
        FollowKind.Member => $"/membri/{Uri.EscapeDataString(Key)}/segui",
        FollowKind.Company => $"/aziende/{Uri.EscapeDataString(Key)}/segui",
        FollowKind.Tag => $"/parole-chiave/{Uri.EscapeDataString(Key)}/segui",
        _ => $"/ruoli/{Uri.EscapeDataString(Key)}/segui",
    };
}

public sealed record FollowingPage(MyFollows Follows, IReadOnlyList<Application.Features.Members.RoleGroupOption> Roles, FollowSuggestions Suggestions);

/// <summary>Suggestions of whom to follow, and the page their follow buttons lead back to without JavaScript.</summary>
public sealed record SuggestionsBox(FollowSuggestions Suggestions, string Back);
