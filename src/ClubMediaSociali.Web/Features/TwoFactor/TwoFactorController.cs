using System.Globalization;
using System.Text;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.TwoFactor;

/// <summary>
/// Two-step verification with an authenticator app (TOTP) and one-time recovery codes. Open to every
/// member; staff powers require it.
/// </summary>
[Authorize(Policy = Policies.Member)]
[Route("account/verifica-in-due-passaggi")]
public sealed class TwoFactorController(
    UserManager<Member> users, ClubSignInManager signIn, IStringLocalizer<SharedResource> text) : ClubController
{
    private const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index() => await PageAsync(codeError: null);

    [HttpPost("attiva")]
    public async Task<IActionResult> Enable(string? code)
    {
        var member = await users.GetUserAsync(User);
        if (member is null)
        {
            return NotFound();
        }

        var cleaned = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var valid = cleaned.Length is > 0 and <= 8
            && await users.VerifyTwoFactorTokenAsync(member, users.Options.Tokens.AuthenticatorTokenProvider, cleaned);
        if (!valid)
        {
            return await PageAsync(text["Il codice non è corretto: controlla l'ora del telefono e scrivi il codice che vedi ora."]);
        }

        await users.SetTwoFactorEnabledAsync(member, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(member, RecoveryCodeCount);
        // The code was just checked: this session has passed a second step.
        await signIn.StepUpAsync(member);
        return View("RecoveryCodes", codes!.ToList());
    }

    [HttpPost("codici")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var member = await users.GetUserAsync(User);
        if (member is null || !member.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(member, RecoveryCodeCount);
        return View("RecoveryCodes", codes!.ToList());
    }

    [HttpPost("disattiva")]
    public async Task<IActionResult> Disable()
    {
        var member = await users.GetUserAsync(User);
        if (member is null)
        {
            return NotFound();
        }

        if (User.IsInRole(StaffRoles.Admin) || User.IsInRole(StaffRoles.Moderator))
        {
            Notice(text["Lo staff del Club deve tenere attiva la verifica in due passaggi."]);
            return RedirectToAction(nameof(Index));
        }

        await users.SetTwoFactorEnabledAsync(member, false);
        await users.ResetAuthenticatorKeyAsync(member);
        await signIn.RefreshSignInAsync(member);
        Notice(text["Verifica in due passaggi disattivata."]);
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> PageAsync(string? codeError)
    {
        var member = await users.GetUserAsync(User);
        if (member is null)
        {
            return NotFound();
        }

        var key = await users.GetAuthenticatorKeyAsync(member);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(member);
            key = await users.GetAuthenticatorKeyAsync(member);
            // A new key changes the security stamp: renew this session's cookie so it stays valid.
            await signIn.RefreshSignInAsync(member);
        }

        if (codeError is not null)
        {
            ModelState.AddModelError("code", codeError);
        }

        var issuer = Uri.EscapeDataString("Club dei media sociali");
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(member.Email!)}?secret={key}&issuer={issuer}&digits=6";
        var recoveryLeft = member.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(member) : 0;
        return View("Index", new TwoFactorPage(member.TwoFactorEnabled, Group(key!), uri, recoveryLeft));
    }

    // "JBSW Y3DP EHPK 3PXP": easier to copy by hand into an app.
    private static string Group(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLower(key[i], CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}

public sealed record TwoFactorPage(bool Enabled, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);
