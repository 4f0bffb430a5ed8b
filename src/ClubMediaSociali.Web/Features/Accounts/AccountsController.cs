using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Accounts;
using ClubMediaSociali.Web.Features.Members;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Accounts;

/// <summary>Joining, signing in and out, confirming the address and recovering the password.</summary>
public sealed class AccountsController(
    IMediator mediator,
    ClubSignInManager signIn,
    UserManager<Member> users,
    SignInAttempts attempts,
    TimeProvider clock,
    SignUpTimer timer,
    IDataProtectionProvider protection,
    IStringLocalizer<SharedResource> text) : ClubController
{
    /// <summary>How long the suspension page's appeal form stays valid after the password was checked.</summary>
    private static readonly TimeSpan AppealFormLifetime = TimeSpan.FromHours(1);

    [AllowAnonymous]
    [HttpGet("/iscriviti")]
    public async Task<IActionResult> SignUp(CancellationToken cancellationToken)
    {
        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        ViewData[SignUpTimer.FieldName] = timer.Stamp();
        return View(new SignUp());
    }

    [AllowAnonymous]
    [HttpPost("/iscriviti")]
    [LimitedForm(FormLimit.Accounts)]
    public async Task<IActionResult> SignUp(SignUp form, [FromForm(Name = SignUpTimer.FieldName)] string? formStarted, CancellationToken cancellationToken)
    {
        if (!timer.FilledByAPerson(formStarted))
        {
            ModelState.AddModelError("", text["Hai inviato il modulo molto in fretta: controlla i dati e premi di nuovo «Crea il mio account»."]);
        }
        else if (ModelState.IsValid)
        {
            var result = await mediator.Send(form with { Language = ClubCultures.Current }, cancellationToken);
            if (result.IsSuccess)
            {
                return RedirectToAction(nameof(CheckYourEmail));
            }

            ModelState.AddModelError(result.Error!.Field ?? "", result.Error.Message ?? text["Qualcosa non ha funzionato: riprova."]);
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        ViewData[SignUpTimer.FieldName] = timer.Stamp();
        return View(form with { Password = "" });
    }

    [AllowAnonymous]
    [HttpGet("/iscriviti/controlla-la-posta")]
    public IActionResult CheckYourEmail() => View();

    [AllowAnonymous]
    [HttpGet("/account/conferma")]
    public async Task<IActionResult> ConfirmEmail(Guid memberId, string? token, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ConfirmEmail(memberId, token ?? ""), cancellationToken);
        if (!result.IsSuccess)
        {
            return View(new ConfirmEmailPage(false, null));
        }

        if (User.MemberId() == memberId)
        {
            // Refresh the cookie so the "confirmed" claim applies at once, and go on to the profile.
            await signIn.RefreshSignInAsync(result.Value);
            Notice(text["Indirizzo confermato: benvenuto nel Club! Completa il profilo perché gli altri membri ti trovino."]);
            return LocalRedirect(ConfirmEmailPage.NextStep);
        }

        // Not signed in here: the sign-in form, the address filled (the link proved it), then the profile.
        return View(new ConfirmEmailPage(true, result.Value.Email));
    }

    [AllowAnonymous]
    [HttpGet("/accesso")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("/accesso")]
    [LimitedForm(FormLimit.Accounts)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form with { Password = "" });
        }

        // The same checks, the same work and the same answers for every address, known or not (ADR-011).
        var attempt = await attempts.BeginAsync(form.Email, HttpContext.RequestAborted);
        if (!attempt.Allowed)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling((attempt.RetryAt - clock.GetUtcNow()).TotalMinutes));
            ModelState.AddModelError("", text["Troppi tentativi per questo accesso: riprova tra {0} minuti, oppure entra subito con un collegamento via email.", minutes]);
            ViewData["OfferLink"] = true;
            return View(form with { Password = "" });
        }

        var member = await users.FindByEmailAsync(form.Email.Trim());
        if (member is null || member.DeletedAt is not null)
        {
            attempts.CheckAgainstNoAccount(form.Password);
        }
        else
        {
            var outcome = await signIn.PasswordSignInAsync(member, form.Password, form.RememberMe, lockoutOnFailure: false);
            // Identity refuses a suspended account before it checks the password: the reason is told only to whoever knows it.
            if (outcome.IsNotAllowed && member.SuspendedAt is not null && await users.CheckPasswordAsync(member, form.Password))
            {
                await attempts.SucceededAsync(attempt, HttpContext.RequestAborted);
                return await SuspendedAsync(member.Id, null, HttpContext.RequestAborted);
            }

            if (outcome.Succeeded || outcome.RequiresTwoFactor)
            {
                await attempts.SucceededAsync(attempt, HttpContext.RequestAborted);
                return outcome.Succeeded
                    ? LocalRedirect(Url.LocalOrHome(form.ReturnUrl))
                    : RedirectToAction(nameof(SecondStep), new { returnUrl = form.ReturnUrl, rememberMe = form.RememberMe });
            }
        }

        ModelState.AddModelError("", text["Email o password non corretti."]);
        return View(form with { Password = "" });
    }

    [AllowAnonymous]
    [HttpGet("/accesso/collegamento")]
    public IActionResult SignInLink() => View(new RequestAccountEmail { Kind = AccountEmailKind.SignInLink });

    [AllowAnonymous]
    [HttpPost("/accesso/collegamento")]
    [LimitedForm(FormLimit.Accounts, Field = "Email")]
    public Task<IActionResult> SignInLink(RequestAccountEmail form, CancellationToken cancellationToken) =>
        SendAccountEmailAsync(form with { Kind = AccountEmailKind.SignInLink }, nameof(SignInLink), cancellationToken);

    /// <summary>The link in the mail: a page with one button, so mail scanners that open links use nothing up.</summary>
    [AllowAnonymous]
    [HttpGet("/accesso/collegamento/entra")]
    public IActionResult EnterWithLink(Guid memberId, string? token) => View(new SignInLinkPage(memberId, token ?? "", Refused: false));

    [AllowAnonymous]
    [HttpPost("/accesso/collegamento/entra")]
    [LimitedForm(FormLimit.Accounts)]
    [ActionName(nameof(EnterWithLink))]
    public async Task<IActionResult> EnterWithLinkConfirmed(Guid memberId, string? token)
    {
        var member = await users.FindByIdAsync(memberId.ToString());
        var outcome = member is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.SignInWithLinkAsync(member, token ?? "");
        if (outcome.Succeeded)
        {
            return LocalRedirect("/");
        }

        if (outcome.IsNotAllowed && member?.SuspendedAt is not null)
        {
            return await SuspendedAsync(member.Id, null, HttpContext.RequestAborted);
        }

        return outcome.RequiresTwoFactor
            ? RedirectToAction(nameof(SecondStep))
            : View(new SignInLinkPage(memberId, "", Refused: true));
    }

    /// <summary>A suspended member's appeal, sent from the page that told them why (the form's token says who they are).</summary>
    [AllowAnonymous]
    [HttpPost("/account-sospeso/ricorso")]
    [LimitedForm(FormLimit.Accounts)]
    public async Task<IActionResult> Appeal([FromForm] string? token, Application.Features.Moderation.AppealSuspension form, CancellationToken cancellationToken)
    {
        Guid memberId;
        try
        {
            memberId = Guid.Parse(AppealProtector().Unprotect(token ?? ""));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("AppealExpired");
        }

        var appeal = form with { MemberId = memberId };
        if (!ModelState.IsValid)
        {
            return await SuspendedAsync(memberId, appeal.Text ?? "", cancellationToken);
        }

        var result = await mediator.Send(appeal, cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!, "/accesso");
        }

        return await SuspendedAsync(memberId, null, cancellationToken);
    }

    /// <param name="appealText">The appeal as typed when it was refused, to show again; null on a first visit.</param>
    private async Task<IActionResult> SuspendedAsync(Guid memberId, string? appealText, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new Application.Features.Moderation.GetSuspension(memberId), cancellationToken) is not { } suspension)
        {
            return RedirectToAction(nameof(SignIn));
        }

        var token = AppealProtector().Protect(memberId.ToString(), AppealFormLifetime);
        return View("Suspended", new SuspendedPage(suspension, token, appealText ?? ""));
    }

    private ITimeLimitedDataProtector AppealProtector() => protection.CreateProtector("club.suspension-appeal").ToTimeLimitedDataProtector();

    [AllowAnonymous]
    [HttpGet("/accesso/verifica")]
    public async Task<IActionResult> SecondStep(string? returnUrl, bool rememberMe) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(SignIn))
            : View(new SecondStepForm { ReturnUrl = returnUrl, RememberMe = rememberMe });

    [AllowAnonymous]
    [HttpPost("/accesso/verifica")]
    [LimitedForm(FormLimit.Accounts, Field = "Code")]
    public async Task<IActionResult> SecondStep(SecondStepForm form)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        // App codes are often typed "123 456"; recovery codes keep their dash ("abcde-fghij").
        var code = form.Code.Replace(" ", "", StringComparison.Ordinal);
        var outcome = form.UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code.Replace("-", "", StringComparison.Ordinal), form.RememberMe, form.RememberDevice);
        if (outcome.Succeeded)
        {
            return LocalRedirect(Url.LocalOrHome(form.ReturnUrl));
        }

        ModelState.AddModelError(nameof(SecondStepForm.Code), outcome.IsLockedOut
            ? text["Troppi tentativi non riusciti: per sicurezza l'accesso è bloccato per 15 minuti. Puoi intanto recuperare la password."]
            : text["Il codice non è corretto: controlla l'ora del telefono e scrivi il codice che vedi ora."]);
        return View(form with { Code = "" });
    }

    [HttpPost("/esci")]
    [Authorize(Policy = Policies.Member)]
    public async Task<IActionResult> SignOutMember()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Home.HomeController.Index), "Home");
    }

    [AllowAnonymous]
    [HttpGet("/accesso/negato")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [AllowAnonymous]
    [HttpGet("/account/password-dimenticata")]
    public IActionResult ForgotPassword() => View(new RequestAccountEmail { Kind = AccountEmailKind.PasswordReset });

    [AllowAnonymous]
    [HttpPost("/account/password-dimenticata")]
    [LimitedForm(FormLimit.Accounts, Field = "Email")]
    public Task<IActionResult> ForgotPassword(RequestAccountEmail form, CancellationToken cancellationToken) =>
        SendAccountEmailAsync(form with { Kind = AccountEmailKind.PasswordReset }, nameof(ForgotPassword), cancellationToken);

    [AllowAnonymous]
    [HttpGet("/account/conferma-di-nuovo")]
    public IActionResult ResendConfirmation() => View(new RequestAccountEmail { Kind = AccountEmailKind.Confirmation });

    [AllowAnonymous]
    [HttpPost("/account/conferma-di-nuovo")]
    [LimitedForm(FormLimit.Accounts, Field = "Email")]
    public Task<IActionResult> ResendConfirmation(RequestAccountEmail form, CancellationToken cancellationToken) =>
        SendAccountEmailAsync(form with { Kind = AccountEmailKind.Confirmation }, nameof(ResendConfirmation), cancellationToken);

    [AllowAnonymous]
    [HttpGet("/account/email-inviata")]
    public IActionResult EmailSent() => View();

    [AllowAnonymous]
    [HttpGet("/account/nuova-password")]
    public IActionResult ResetPassword(Guid memberId, string? token) =>
        View(new ResetPassword { MemberId = memberId, Token = token ?? "" });

    [AllowAnonymous]
    [HttpPost("/account/nuova-password")]
    [LimitedForm(FormLimit.Accounts)]
    public async Task<IActionResult> ResetPassword(ResetPassword form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(form, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(text["Password cambiata: ora puoi accedere con quella nuova."]);
                return RedirectToAction(nameof(SignIn));
            }

            ModelState.AddModelError(result.Error!.Field ?? "", result.Error.Message ?? text["Il collegamento non è valido o è scaduto: chiedine uno nuovo."]);
        }

        return View(form with { NewPassword = "" });
    }

    private async Task<IActionResult> SendAccountEmailAsync(RequestAccountEmail form, string view, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(view, form);
        }

        await mediator.Send(form, cancellationToken);
        return RedirectToAction(nameof(EmailSent));
    }
}

/// <param name="Refused">The link was used, expired or altered.</param>
public sealed record SignInLinkPage(Guid MemberId, string Token, bool Refused);

/// <param name="Token">Says who the member is to the appeal form, for an hour: they cannot sign in.</param>
public sealed record SuspendedPage(Application.Features.Moderation.SuspensionView Suspension, string Token, string AppealText);

/// <summary>What a confirmation link opens: the sign-in form with the address filled, or a refusal.</summary>
public sealed record ConfirmEmailPage(bool Confirmed, string? Email)
{
    /// <summary>Where a newly confirmed member goes after signing in: their profile, to complete it.</summary>
    public const string NextStep = "/profilo/modifica";
}
