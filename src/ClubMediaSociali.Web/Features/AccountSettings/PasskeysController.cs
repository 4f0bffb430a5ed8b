using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.AccountSettings;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.AccountSettings;

/// <summary>
/// Passkeys (ASP.NET Core Identity's WebAuthn): signing in with one, no password and no second step; adding,
/// naming and removing them on the account page. The browser's part is wwwroot/js/passkeys.js; without scripts
/// the pages say that passkeys need them and password sign-in stays.
/// </summary>
public sealed class PasskeysController(
    IMediator mediator,
    ClubSignInManager signIn,
    UserManager<Member> users,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : ClubController
{
    private const string ConfirmView = "~/Features/AccountSettings/Confirm.cshtml";

    [AllowAnonymous]
    [HttpPost("/accesso/passkey/opzioni")]
    public async Task<IActionResult> SignInOptions() =>
        Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");

    [AllowAnonymous]
    [HttpPost("/accesso/passkey")]
    [LimitedForm(FormLimit.Accounts)]
    public async Task<IActionResult> SignIn(string? credential, string? returnUrl, bool rememberMe)
    {
        var outcome = string.IsNullOrEmpty(credential) ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await PasskeySignInAsync(credential, rememberMe);
        if (outcome.Succeeded)
        {
            return LocalRedirect(Url.LocalOrHome(returnUrl));
        }

        ModelState.AddModelError("", outcome.IsNotAllowed
            ? text["Questo account non può accedere ora. Prova con la password per sapere perché."]
            : text["La passkey non è stata riconosciuta. Riprova, oppure accedi con email e password."]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Features/Accounts/SignIn.cshtml", new Accounts.SignInForm { ReturnUrl = returnUrl });
    }

    private async Task<Microsoft.AspNetCore.Identity.SignInResult> PasskeySignInAsync(string credential, bool rememberMe)
    {
        try
        {
            return await signIn.PasskeySignInAsync(credential, rememberMe);
        }
        catch (InvalidOperationException)
        {
            // No ceremony under way (its cookie expired or was never made): a refusal like any other.
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
    }

    /// <summary>Proving again who one is (the password) before adding a way in, when the sign-in is not recent.</summary>
    [Authorize(Policy = Policies.Member)]
    [HttpGet("/account/conferma-identita")]
    public IActionResult Confirm(string? returnUrl) => View(ConfirmView, new ConfirmPage(returnUrl, HasError: false));

    [Authorize(Policy = Policies.Member)]
    [HttpPost("/account/conferma-identita")]
    [LimitedForm(FormLimit.Accounts)]
    public async Task<IActionResult> Confirm(string? password, string? returnUrl)
    {
        var member = await users.GetUserAsync(User);
        if (member is null)
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(password) && await signIn.ConfirmAsync(member, password))
        {
            return LocalRedirect(Url.LocalOrHome(returnUrl));
        }

        ModelState.AddModelError("password", text["La password non è corretta."]);
        return View(ConfirmView, new ConfirmPage(returnUrl, HasError: true));
    }

    [Authorize(Policy = Policies.Member)]
    [HttpPost("/account/passkey/opzioni")]
    public async Task<IActionResult> CreationOptions()
    {
        var member = await users.GetUserAsync(User);
        if (member is null || !SessionClaims.AuthenticatedRecently(User, clock.GetUtcNow()))
        {
            // Asked by the page's script, which then sends the member to confirm who they are.
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var entity = new PasskeyUserEntity { Id = member.Id.ToString(), Name = member.Email!, DisplayName = member.DisplayName };
        return Content(await signIn.MakePasskeyCreationOptionsAsync(entity), "application/json");
    }

    [Authorize(Policy = Policies.Member)]
    [HttpPost("/account/passkey")]
    public async Task<IActionResult> Add(string? credential, string? name, CancellationToken cancellationToken)
    {
        var member = await users.GetUserAsync(User);
        if (member is null)
        {
            return NotFound();
        }

        if (!SessionClaims.AuthenticatedRecently(User, clock.GetUtcNow()))
        {
            return RedirectToAction(nameof(Confirm), new { returnUrl = "/account#passkey-titolo" });
        }

        if ((await mediator.Send(new ListMyPasskeys(), cancellationToken)).Count >= PasskeyIds.MaxPerMember)
        {
            return Done(text["Hai già {0} passkey: rimuovine una che non usi prima di aggiungerne un'altra.", PasskeyIds.MaxPerMember]);
        }

        var attestation = await AttestAsync(credential);
        if (attestation is not { Succeeded: true })
        {
            return Done(text["La passkey non è stata aggiunta: il dispositivo non l'ha creata o la richiesta è scaduta. Riprova."]);
        }

        var (browser, system) = UserAgents.Describe(Request.Headers.UserAgent.ToString());
        var passkey = attestation.Passkey;
        passkey.Name = string.IsNullOrWhiteSpace(name)
            ? SessionTexts.Device(text, browser, system)
            : name.Trim()[..Math.Min(name.Trim().Length, PasskeyIds.NameMaxLength)];
        var added = await users.AddOrUpdatePasskeyAsync(member, passkey);
        return Done(added.Succeeded
            ? text["Passkey «{0}» aggiunta: la prossima volta potrai accedere con questa.", passkey.Name]
            : text["La passkey non è stata aggiunta: riprova."]);
    }

    private async Task<PasskeyAttestationResult?> AttestAsync(string? credential)
    {
        if (string.IsNullOrEmpty(credential))
        {
            return null;
        }

        try
        {
            return await signIn.PerformPasskeyAttestationAsync(credential);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    [Authorize(Policy = Policies.Member)]
    [HttpPost("/account/passkey/{id}/nome")]
    public async Task<IActionResult> Rename(string id, RenamePasskey form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // One field on a row of the list: its message comes back at the top of the page, the name as it was.
            return Done(ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage);
        }

        var result = await mediator.Send(form with { Id = id }, cancellationToken);
        return result.IsSuccess ? Done(text["Passkey rinominata «{0}».", result.Value]) : Refused(result.Error!);
    }

    [Authorize(Policy = Policies.Member)]
    [HttpPost("/account/passkey/{id}/rimuovi")]
    public async Task<IActionResult> Remove(string id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RemovePasskey(id), cancellationToken);
        return result.IsSuccess ? Done(text["Passkey «{0}» rimossa.", result.Value]) : Refused(result.Error!);
    }

    private IActionResult Refused(Error error) => error.Kind == ErrorKind.NotFound ? NotFound() : Done(error.Message ?? text["Qualcosa non ha funzionato: riprova."]);

    private RedirectResult Done(string notice)
    {
        Notice(notice);
        return Redirect("/account#passkey-titolo");
    }
}

/// <param name="HasError">The password typed was wrong.</param>
public sealed record ConfirmPage(string? ReturnUrl, bool HasError);
