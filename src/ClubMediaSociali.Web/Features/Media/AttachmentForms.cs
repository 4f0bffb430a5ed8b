using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Media;

/// <summary>
/// The documents field of a form (a practice, an opportunity, a message): the files chosen in <see cref="NewFilesField"/> are
/// sent before the form is checked, so that whatever else is wrong, the files accepted stay with the form (as ids in
/// its AttachmentIds) and the refused ones are named beside the field with their reasons.
/// </summary>
public static class AttachmentForms
{
    public const string NewFilesField = "NewAttachments";

    public const string ListKey = "AttachmentList";

    /// <summary>What the file input accepts; the bytes decide in the end.</summary>
    public const string Accept = ".pdf,.pptx,.odp,.xlsx,.ods,.docx,.odt,application/pdf";

    /// <summary>What a message's file input accepts: documents and pictures.</summary>
    public const string MessageAccept = Accept + ",image/jpeg,image/png,image/webp,image/gif,image/heic,image/avif";

    /// <returns><paramref name="named"/> with the newly accepted files after it.</returns>
    public static async Task<Guid[]> AcceptNewFilesAsync(
        this Controller controller, IMediator mediator, Guid[] named, CancellationToken cancellationToken, AttachmentUse use = AttachmentUse.Document)
    {
        var chosen = controller.Request.HasFormContentType
            ? controller.Request.Form.Files.GetFiles(NewFilesField).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList()
            : [];
        if (chosen.Count == 0)
        {
            return named;
        }

        var text = controller.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var room = Math.Max(0, Attachments.MaxPerItem - named.Distinct().Count());
        if (chosen.Count > room)
        {
            controller.ModelState.AddModelError(NewFilesField, text["Al massimo {0} allegati: ne abbiamo tenuti {1}, gli altri non sono stati caricati.", Attachments.MaxPerItem, room]);
            chosen = chosen.Take(room).ToList();
        }

        var files = new List<IncomingFile>();
        foreach (var file in chosen)
        {
            files.Add(new IncomingFile(file.FileName, await UploadedFiles.ReadAsync(file, cancellationToken)));
        }

        var uploaded = await mediator.Send(new UploadAttachments([.. files], use), cancellationToken);
        foreach (var refusal in uploaded.Refusals)
        {
            controller.ModelState.AddModelError(NewFilesField, refusal);
        }

        return [.. named, .. uploaded.Accepted];
    }

    /// <summary>Puts the named attachments' names and sizes where the form's field shows them.</summary>
    public static async Task LoadAttachmentsAsync(this ViewDataDictionary viewData, IMediator mediator, Guid[] named, CancellationToken cancellationToken) =>
        viewData[ListKey] = await mediator.Send(new GetAttachmentList(named), cancellationToken);

    public static IReadOnlyList<AttachmentItem> AttachmentList(this ViewDataDictionary viewData) =>
        viewData[ListKey] as IReadOnlyList<AttachmentItem> ?? [];
}
