using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Accounts;
using ClubMediaSociali.Application.Features.AccountSettings;
using ClubMediaSociali.Web.Features.Members;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Accounts;

/// <summary>
/// Signing in, joining and linking with an account at an OpenID Connect provider (<see cref="ExternalProviders"/>).
/// A provider's account signs in only where it is linked; an address that has an account is never matched to it:
/// its owner signs in and links the provider from the account page, after proving again who they are (ADR-019).
/// </summary>
public sealed class ExternalSignInController(
    IMediator mediator,
    ClubSignInManager signIn,
    UserManager<Member> users,
    ExternalProviders providers,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : ClubController
{
    private const string LinkDone = "/account/collegamenti/fatto";

    [AllowAnonymous]
    [HttpPost("/accesso/esterno/{provider}")]
    [LimitedForm(FormLimit.Accounts)]
    public IActionResult Start(string provider, string? returnUrl)
    {
        if (providers.Find(provider) is null)
        {
            return NotFound();
        }

        var done = Url.Action(nameof(Done), new { returnUrl = Url.LocalOrHome(returnUrl) });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(provider, done), provider);
    }

    [AllowAnonymous]
    [HttpGet("/accesso/esterno/{provider}/non-riuscito")]
    public IActionResult Failed(string provider)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Features/Accounts/ExternalFailed.cshtml", providers.Find(provider)?.DisplayName ?? provider);
    }

    /// <summary>Back from the provider: in where the account is linked, on to the second step where the member has one, or to joining.</summary>
    [AllowAnonymous]
    [HttpGet("/accesso/esterno/fatto")]
    public async Task<IActionResult> Done(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null || providers.Find(info.LoginProvider) is not { } provider)
        {
            return RedirectToAction(nameof(Failed), new { provider = "?" });
        }

        var outcome = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (outcome.Succeeded)
        {
            return LocalRedirect(Url.LocalOrHome(returnUrl));
        }

        if (outcome.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(AccountsController.SecondStep), "Accounts", new { returnUrl });
        }

        if (outcome.IsNotAllowed || outcome.IsLockedOut)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            Notice(text["Questo account non può accedere ora. Prova con la password per sapere perché."]);
            return RedirectToAction(nameof(AccountsController.SignIn), "Accounts");
        }

        // Not linked to anyone. An address the provider vouches for that already has an account: its owner signs in first.
        if (ExternalProviders.VerifiedEmail(info.Principal) is { } verified && await users.FindByEmailAsync(verified) is not null)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            return View("~/Features/Accounts/ExternalExisting.cshtml", new ExternalExistingPage(provider.DisplayName, verified));
        }

        return RedirectToAction(nameof(Join));
    }

    [AllowAnonymous]
    [HttpGet("/accesso/esterno/iscriviti")]
    public async Task<IActionResult> Join(CancellationToken cancellationToken)
    {
        if (await signIn.GetExternalLoginInfoAsync() is not { } info || providers.Find(info.LoginProvider) is not { } provider)
        {
            return RedirectToAction(nameof(AccountsController.SignIn), "Accounts");
        }

        var form = new JoinWithProvider
        {
            DisplayName = ExternalProviders.Name(info.Principal) ?? "",
            Email = ExternalProviders.Email(info.Principal) ?? "",
        };
        return await JoinPageAsync(form, provider, info, cancellationToken);
    }

    [AllowAnonymous]
    [HttpPost("/accesso/esterno/iscriviti")]
    [LimitedForm(FormLimit.Accounts)]
    public async Task<IActionResult> Join(JoinWithProvider form, CancellationToken cancellationToken)
    {
        if (await signIn.GetExternalLoginInfoAsync() is not { } info || providers.Find(info.LoginProvider) is not { } provider)
        {
            return RedirectToAction(nameof(AccountsController.SignIn), "Accounts");
        }

        if (ModelState.IsValid)
        {
            var account = new ExternalAccount(info.LoginProvider, info.ProviderKey, provider.DisplayName, ExternalProviders.VerifiedEmail(info.Principal));
            var result = await mediator.Send(form with { Account = account, Language = ClubCultures.Current }, cancellationToken);
            if (result.IsSuccess && result.Value.MemberId == Guid.Empty)
            {
                await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
                return RedirectToAction(nameof(AccountsController.CheckYourEmail), "Accounts");
            }

            if (result.IsSuccess)
            {
                await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
                var confirmed = (await users.FindByIdAsync(result.Value.MemberId.ToString()))?.EmailConfirmed == true;
                Notice(confirmed
                    ? text["Benvenuto nel Club! Completa il profilo perché gli altri membri ti trovino."]
                    : text["Benvenuto nel Club! Ti abbiamo scritto per confermare l'indirizzo: dopo potrai pubblicare."]);
                return LocalRedirect(ConfirmEmailPage.NextStep);
            }

            ModelState.AddModelError(result.Error!.Field ?? "", result.Error.Message ?? text["Qualcosa non ha funzionato: riprova."]);
        }

        return await JoinPageAsync(form, provider, info, cancellationToken);
    }

    private async Task<IActionResult> JoinPageAsync(JoinWithProvider form, ExternalProvider provider, ExternalLoginInfo info, CancellationToken cancellationToken)
    {
        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        ViewData["ProviderName"] = provider.DisplayName;
        ViewData["VerifiedEmail"] = ExternalProviders.VerifiedEmail(info.Principal);
        return View("~/Features/Accounts/ExternalJoin.cshtml", form);
    }

    /// <summary>Links a provider to the signed-in member's account, who proved again who they are within a quarter of an hour.</summary>
    [Authorize(Policy = Policies.Member)]
    [HttpPost("/account/collegamenti/{provider}")]
    public IActionResult Link(string provider)
    {
        if (providers.Find(provider) is null)
        {
            return NotFound();
        }

        if (!SessionClaims.AuthenticatedRecently(User, clock.GetUtcNow()))
        {
            return Redirect("/account/conferma-identita?returnUrl=%2Faccount%23collegamenti-titolo");
        }

        // The member's id rides in the attempt: the answer links only to the account that asked.
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(provider, LinkDone, User.MemberId().ToString()), provider);
    }

    [Authorize(Policy = Policies.Member)]
    [HttpGet(LinkDone)]
    public async Task<IActionResult> Linked()
    {
        var member = await users.GetUserAsync(User);
        var info = member is null ? null : await signIn.GetExternalLoginInfoAsync(member.Id.ToString());
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (member is null || info is null || providers.Find(info.LoginProvider) is not { } provider
            || !SessionClaims.AuthenticatedRecently(User, clock.GetUtcNow()))
        {
            Notice(text["Il collegamento non è riuscito: riprova dalla pagina del tuo account."]);
            return Redirect("/account#collegamenti-titolo");
        }

        if (await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey) is { } owner)
        {
            Notice(owner.Id == member.Id
                ? text["Il tuo account {0} era già collegato.", provider.DisplayName]
                : text["Questo account {0} è già collegato a un altro membro del Club.", provider.DisplayName]);
            return Redirect("/account#collegamenti-titolo");
        }

        var added = await users.AddLoginAsync(member, new UserLoginInfo(info.LoginProvider, info.ProviderKey, provider.DisplayName));
        Notice(added.Succeeded
            ? text["Account {0} collegato: ora puoi accedere anche con quello.", provider.DisplayName]
            : text["Hai già collegato un account {0}: scollegalo prima di collegarne un altro.", provider.DisplayName]);
        return Redirect("/account#collegamenti-titolo");
    }

    [Authorize(Policy = Policies.Member)]
    [HttpPost("/account/collegamenti/{provider}/scollega")]
    public async Task<IActionResult> Unlink(string provider, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new UnlinkProvider(provider), cancellationToken);
        if (!result.IsSuccess && result.Error!.Kind == Application.Common.Results.ErrorKind.NotFound)
        {
            return NotFound();
        }

        Notice(result.IsSuccess ? text["Account {0} scollegato.", result.Value] : result.Error!.Message ?? text["Qualcosa non ha funzionato: riprova."]);
        return Redirect("/account#collegamenti-titolo");
    }
}

public sealed record ExternalExistingPage(string ProviderName, string Email);
