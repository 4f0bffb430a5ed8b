using System.IO.Compression;
using System.Text.Json;
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

/// <summary>The member's own account: address, password, and the privacy centre (consents, export, deletion).</summary>
[Authorize(Policy = Policies.Member)]
[Route("account")]
public sealed class AccountSettingsController(
    IMediator mediator,
    UserManager<Member> users,
    ClubSignInManager signIn,
    SessionRegistry registry,
    TimeProvider clock,
    ExternalProviders providers,
    IStringLocalizer<SharedResource> text) : ClubController
{
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => PageAsync(null, null, null, cancellationToken);

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(ChangePassword form, CancellationToken cancellationToken)
    {
        var command = form;
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                // This session continues with the new security stamp; every other session ends.
                await signIn.RefreshSignInAsync(result.Value);
                await EndSessionsAsync(new EndMySessions(null, SessionClaims.SessionId(User)), cancellationToken);
                return Done(text["Password cambiata. Le altre sessioni aperte sono state chiuse."]);
            }

            AddError(result.Error!);
        }

        return await PageAsync(new ChangePassword(), null, null, cancellationToken);
    }

    [HttpPost("email")]
    [LimitedForm(FormLimit.Accounts, Field = "NewEmail")]
    public async Task<IActionResult> RequestEmailChange(RequestEmailChange form, CancellationToken cancellationToken)
    {
        var command = form;
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                return Done(text["Ti abbiamo scritto a {0}: apri il collegamento per confermare il nuovo indirizzo.", result.Value]);
            }

            AddError(result.Error!);
        }

        return await PageAsync(null, command, null, cancellationToken);
    }

    [AllowAnonymous]
    [HttpGet("conferma-email")]
    public async Task<IActionResult> ConfirmEmailChange(Guid memberId, string? email, string? token, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ConfirmEmailChange(memberId, email ?? "", token ?? ""), cancellationToken);
        if (result.IsSuccess && User.MemberId() == memberId)
        {
            await signIn.RefreshSignInAsync(result.Value);
        }

        return View(result.IsSuccess);
    }

    /// <summary>Ends one of the member's other sessions (a lost phone, a shared computer).</summary>
    [HttpPost("sessioni/{id:guid}/termina")]
    public async Task<IActionResult> EndSession(Guid id, CancellationToken cancellationToken)
    {
        var ended = await EndSessionsAsync(new EndMySessions(id, Keep: SessionClaims.SessionId(User)), cancellationToken);
        return ended switch
        {
            null => NotFound(),
            0 => Done(text["Quella sessione era già terminata."]),
            _ => Done(text["Sessione terminata: quel dispositivo dovrà accedere di nuovo."]),
        };
    }

    [HttpPost("sessioni/termina-le-altre")]
    public async Task<IActionResult> EndOtherSessions(CancellationToken cancellationToken)
    {
        var ended = await EndSessionsAsync(new EndMySessions(null, SessionClaims.SessionId(User)), cancellationToken) ?? 0;
        return Done(ended switch
        {
            0 => text["Nessun'altra sessione era aperta."],
            1 => text["Hai chiuso l'altra sessione."],
            _ => text["Hai chiuso {0} altre sessioni.", ended],
        });
    }

    /// <returns>How many ended, or null when the session named is not the member's.</returns>
    private async Task<int?> EndSessionsAsync(EndMySessions command, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command, cancellationToken);
        if (!result.IsSuccess)
        {
            return null;
        }

        registry.Ended(result.Value);
        return result.Value.Count;
    }

    [HttpPost("aggiornamenti")]
    public async Task<IActionResult> SetDigest(bool granted, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SetDigestConsent(granted), cancellationToken);
        return result.IsSuccess
            ? Done(granted ? text["Riceverai il riepilogo per email."] : text["Consenso revocato: non riceverai più il riepilogo per email."])
            : NotFound();
    }

    [HttpGet("dati")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new ExportMyData(), cancellationToken);
        if (export is null)
        {
            return NotFound();
        }

        // One archive: the data as JSON, and beside it every file the member uploaded.
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var data = zip.CreateEntry(DataExportDocument.DataEntry).Open())
            {
                await JsonSerializer.SerializeAsync(data, DataExportDocument.From(export, text), ExportJson, cancellationToken);
            }

            foreach (var file in export.Files)
            {
                if (await mediator.Send(new GetMyFileContent(file.Id, file.Variant), cancellationToken) is { } content)
                {
                    // Pictures and documents are compressed already.
                    await using var entry = zip.CreateEntry(DataExportDocument.ArchivePath(file), CompressionLevel.NoCompression).Open();
                    await entry.WriteAsync(content, cancellationToken);
                }
            }
        }

        return File(archive.ToArray(), "application/zip", $"club-media-sociali-{export.Profile.Handle}.zip");
    }

    [HttpPost("elimina")]
    public async Task<IActionResult> Delete(DeleteAccount form, CancellationToken cancellationToken)
    {
        var command = form;
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                await signIn.SignOutAsync();
                Notice(text["Il tuo account è stato eliminato. Grazie di aver fatto parte del Club."]);
                return RedirectToAction(nameof(Home.HomeController.Index), "Home");
            }

            AddError(result.Error!);
        }

        return await PageAsync(null, null, new DeleteAccount(), cancellationToken);
    }

    private RedirectToActionResult Done(string notice)
    {
        Notice(notice);
        return RedirectToAction(nameof(Index));
    }

    private void AddError(Error error) =>
        ModelState.AddModelError(error.Field ?? "", error.Message ?? text["Qualcosa non ha funzionato: riprova."]);

    private async Task<IActionResult> PageAsync(
        ChangePassword? password, RequestEmailChange? email, DeleteAccount? delete, CancellationToken cancellationToken)
    {
        var member = await users.GetUserAsync(User);
        if (member is null || member.DeletedAt is not null)
        {
            return NotFound();
        }

        var privacy = await mediator.Send(new GetPrivacyOverview(), cancellationToken);
        var sessions = await mediator.Send(new ListMySessions(SessionClaims.SessionId(User)), cancellationToken);
        var passkeys = await mediator.Send(new ListMyPasskeys(), cancellationToken);
        var linked = await mediator.Send(new ListMyProviders(), cancellationToken);
        ViewData["HasPassword"] = linked.HasPassword;
        return View("Index", new AccountPage(
            member.Email!, member.EmailConfirmed, member.TwoFactorEnabled, privacy, sessions, passkeys,
            SessionClaims.AuthenticatedRecently(User, clock.GetUtcNow()),
            providers.All.Select(p => new LinkedProvider(p.Scheme, p.DisplayName, linked.Linked.Contains(p.Scheme))).ToList(), linked.HasPassword,
            password ?? new ChangePassword(), email ?? new RequestEmailChange(), delete ?? new DeleteAccount()));
    }
}

public sealed record AccountPage(
    string Email, bool EmailConfirmed, bool TwoFactorEnabled, PrivacyOverview Privacy, IReadOnlyList<SessionView> Sessions,
    IReadOnlyList<PasskeyView> Passkeys, bool AuthenticatedRecently, IReadOnlyList<LinkedProvider> Providers, bool HasPassword,
    ChangePassword PasswordForm, RequestEmailChange EmailForm, DeleteAccount DeleteForm);

public sealed record LinkedProvider(string Scheme, string DisplayName, bool Linked);
