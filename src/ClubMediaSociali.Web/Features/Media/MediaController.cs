using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Media;

/// <summary>
/// Pictures for texts, and the moderators' review of uploads. The editors' "Immagine" button sends the picture and
/// its description here and puts the Markdown it gets back where the cursor is (paste and drop too); without
/// JavaScript, the same form on its own page gives the line to copy into the text. Moderators see recent uploads
/// (CVs excepted) and remove one with a reason.
/// </summary>
public sealed class MediaController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/immagini/nuova")]
    public IActionResult New([FromQuery(Name = "immagine")] string? hash, [FromQuery(Name = "descrizione")] string? alt) =>
        View(new ContentImagePage(new UploadContentImage([], alt ?? ""), hash is { Length: 64 } && hash.All(char.IsAsciiHexDigitLower) ? Markdown(hash, Pictures.ContentVariant, alt ?? "") : null));

    [Authorize(Policy = Policies.ConfirmedMember)]
    [UploadLimit(UploadKind.Picture)]
    [LimitedForm(FormLimit.Contributions, Field = PictureField.FileField)]
    [HttpPost("/immagini/nuova")]
    public async Task<IActionResult> New(UploadContentImage form, IFormFile? file, CancellationToken cancellationToken)
    {
        var wantsJson = Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);
        if (file is null)
        {
            ModelState.AddModelError(PictureField.FileField, text["Scegli un'immagine dal tuo dispositivo."]);
        }

        if (ModelState.IsValid && file is not null)
        {
            var result = await mediator.Send(form with { Content = await UploadedFiles.ReadAsync(file, cancellationToken) }, cancellationToken);
            if (result.IsSuccess)
            {
                var image = result.Value;
                return wantsJson
                    ? Json(new { markdown = Markdown(image.SourceHash, image.Variant, image.Alt), address = Address(image.SourceHash, image.Variant), alt = image.Alt })
                    : Redirect($"/immagini/nuova?immagine={image.SourceHash}&descrizione={Uri.EscapeDataString(image.Alt)}");
            }

            if (result.Error!.Kind != Application.Common.Results.ErrorKind.Invalid)
            {
                return Refusal(result.Error);
            }

            AddRefusal(result.Error);
        }

        if (wantsJson)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Json(new { errors = ModelState.Where(e => e.Value!.Errors.Count > 0).ToDictionary(e => e.Key, e => e.Value!.Errors[0].ErrorMessage) });
        }

        return View(new ContentImagePage(form, null));
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpGet("/moderazione/file")]
    public async Task<IActionResult> Recent([FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetRecentUploads(after), cancellationToken));

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/moderazione/file/{id:guid}/rimuovi")]
    public async Task<IActionResult> Remove(Guid id, RemoveUpload form, CancellationToken cancellationToken)
    {
        var command = form with { UploadId = id };
        if (!ModelState.IsValid)
        {
            ViewData["RemovalFor"] = id;
            return View(nameof(Recent), await mediator.Send(new GetRecentUploads(null), cancellationToken));
        }

        var result = await mediator.Send(command, cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(text["File rimosso: chi l'aveva caricato è stato avvisato."]);
        return Redirect("/moderazione/file");
    }

    private static string Address(string hash, string variant) => $"/media/{hash}/{variant}";

    private static string Markdown(string hash, string variant, string alt) => $"![{alt}]({Address(hash, variant)})";
}

/// <summary>The page that adds a picture without JavaScript: the form, and once sent, the line to copy.</summary>
public sealed record ContentImagePage(UploadContentImage Form, string? Markdown);
