using System.Security.Cryptography;
using System.Text;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Limits;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Reputation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>A file from a form: the name the member's device gave it, and its bytes.</summary>
public sealed record IncomingFile(string FileName, byte[] Content);

/// <summary>
/// A member sends documents with a form (a practice's study or slides, an opportunity's brief), a CV with a response,
/// or documents and pictures with a message (<see cref="Use"/>). Each file is checked on its own: its real type from
/// the bytes, its size, no script in a PDF, the day's quota (a picture in a message is made ready like any picture,
/// upright and with no metadata, and counts among the day's pictures), and newcomers send only a CV. Accepted files
/// are kept as sent, owned by the member and used nowhere until the form that carries them is saved; the others come
/// back each with its reason, so the form can show them beside the field and keep the files already accepted.
/// </summary>
[ChangesNoPublicPage("Attachments appear on a page only when the form that carries them is saved.")]
public sealed record UploadAttachments(IncomingFile[] Files, AttachmentUse Use = AttachmentUse.Document) : ICommand<AttachmentsUploaded>;

/// <summary>What the files are sent with, which decides what is accepted and who will read them.</summary>
public enum AttachmentUse
{
    /// <summary>Documents of a practice or an opportunity.</summary>
    Document,

    /// <summary>A CV or portfolio with a response: one PDF.</summary>
    Cv,

    /// <summary>Documents or pictures in a message.</summary>
    Message,
}

public sealed record AttachmentsUploaded(IReadOnlyList<Guid> Accepted, IReadOnlyList<string> Refusals);

public sealed class UploadAttachmentsHandler(
    ICurrentMember currentMember, ClubDbContext db, MediaStore store, Allowances allowances, Pictures pictures, UploadQuota quota,
    IOptions<MediaOptions> options, TimeProvider clock, IStringLocalizer<ValidationMessages> text)
    : ICommandHandler<UploadAttachments, AttachmentsUploaded>
{
    private static readonly string[] ActiveNames = ["/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/SubmitForm", "/RichMedia"];

    private static readonly FileKind[] Documents = [FileKind.Pdf, FileKind.Docx, FileKind.Xlsx, FileKind.Pptx, FileKind.Odt, FileKind.Ods, FileKind.Odp];

    public async ValueTask<AttachmentsUploaded> Handle(UploadAttachments command, CancellationToken cancellationToken)
    {
        var memberId = currentMember.RequiredId;
        var accepted = new List<Guid>();
        var refusals = new List<string>();
        if (command.Files.Length == 0)
        {
            return new AttachmentsUploaded(accepted, refusals);
        }

        var member = await db.Users.Where(m => m.Id == memberId).Select(m => new { m.Reputation, m.JoinedAt }).SingleAsync(cancellationToken);
        if (command.Use != AttachmentUse.Cv && TrustLevels.For(member.Reputation, member.JoinedAt, clock.GetUtcNow()) == TrustLevel.New)
        {
            refusals.Add(command.Use == AttachmentUse.Message
                ? text["I nuovi membri non possono ancora allegare file ai messaggi: potrai farlo dal livello «membro», partecipando alla vita del Club."]
                : text["I nuovi membri non possono ancora allegare documenti: potrai farlo dal livello «membro», partecipando alla vita del Club."]);
            return new AttachmentsUploaded(accepted, refusals);
        }

        var allowance = new Allowance("attachments", options.Value.AttachmentsPerDay, TimeSpan.FromDays(1));
        foreach (var file in command.Files)
        {
            var name = CleanName(file.FileName);
            if (command.Use == AttachmentUse.Message && FileTypes.IsPicture(FileTypes.Sniff(file.Content)))
            {
                var picture = await AddPictureAsync(memberId, name, file.Content, cancellationToken);
                if (picture.IsSuccess)
                {
                    accepted.Add(picture.Value);
                }
                else
                {
                    refusals.Add(text["«{0}»: {1}", name, picture.Error!.Message ?? ""]);
                }

                continue;
            }

            if (Refusal(file.Content, command.Use) is { } reason)
            {
                refusals.Add(text["«{0}»: {1}", name, reason]);
                continue;
            }

            if (!(await allowances.TryTakeAsync(allowance, $"member:{memberId}", cancellationToken)).Allowed)
            {
                refusals.Add(text["«{0}»: oggi hai già allegato {1} file, il massimo per un giorno. Potrai allegarne altri domani.", name, allowance.Limit]);
                continue;
            }

            var kind = FileTypes.Sniff(file.Content);
            var upload = await store.InTransactionAsync(
                () => store.AddOriginalAsync(memberId, Purpose(command.Use), kind, name, file.Content, cancellationToken),
                cancellationToken);
            accepted.Add(upload.Id);
        }

        return new AttachmentsUploaded(accepted, refusals);
    }

    private static UploadPurpose Purpose(AttachmentUse use) => use switch
    {
        AttachmentUse.Cv => UploadPurpose.ResponseCv,
        AttachmentUse.Message => UploadPurpose.MessageFile,
        _ => UploadPurpose.Attachment,
    };

    /// <summary>A picture sent with a message, made ready as pictures in texts are, within the day's pictures.</summary>
    private async Task<Result<Guid>> AddPictureAsync(Guid memberId, string name, byte[] content, CancellationToken cancellationToken)
    {
        if (quota.TooLarge(content.Length, options.Value.PictureMaxBytes) is { } tooLarge)
        {
            return tooLarge;
        }

        var (taken, allowance, refusal) = await quota.TakePictureAsync(memberId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var processed = await pictures.ProcessAsync(content, PictureShape.Content, cancellationToken);
        if (!processed.IsSuccess)
        {
            await quota.GiveBackAsync(memberId, allowance, taken, cancellationToken);
            return processed.Error!;
        }

        var upload = await store.InTransactionAsync(
            () => store.AddPictureAsync(memberId, UploadPurpose.MessageFile, processed.Value, content.Length, place: null, placeId: null, cancellationToken, name),
            cancellationToken);
        return upload.Id;
    }

    private string? Refusal(byte[] content, AttachmentUse use)
    {
        var cv = use == AttachmentUse.Cv;
        if (content.Length == 0)
        {
            return text["il file è vuoto."];
        }

        if (content.Length > options.Value.AttachmentMaxBytes)
        {
            return text["file troppo grande ({0:0.0} MB): il massimo è {1} MB.", content.Length / 1048576.0, options.Value.AttachmentMaxBytes / 1048576];
        }

        var kind = FileTypes.Sniff(content);
        if (cv ? kind != FileKind.Pdf : !Documents.Contains(kind))
        {
            return use switch
            {
                AttachmentUse.Cv => text["il curriculum o il portfolio va inviato in PDF."],
                AttachmentUse.Message => text["si possono inviare immagini (JPEG, PNG, WebP, GIF, HEIC), PDF, presentazioni (PPTX, ODP), fogli di calcolo (XLSX, ODS) e documenti (DOCX, ODT)."],
                _ => text["si possono allegare PDF, presentazioni (PPTX, ODP), fogli di calcolo (XLSX, ODS) e documenti (DOCX, ODT)."],
            };
        }

        return kind == FileKind.Pdf && PdfCarriesScript(content)
            ? text["il PDF contiene istruzioni automatiche (JavaScript o azioni di avvio) che non accettiamo: salvalo di nuovo come PDF semplice."].Value
            : null;
    }

    /// <summary>
    /// Names a PDF uses to run something when opened: script, a launched program, an embedded file or form submission.
    /// A document that merely mentions them in its text has them inside a content stream, usually compressed, so
    /// real studies do not trip this; a hand-made PDF that spells them out in plain text is refused, which is fine.
    /// </summary>
    private static bool PdfCarriesScript(byte[] content)
    {
        var raw = Encoding.Latin1.GetString(content);
        return ActiveNames.Any(name => raw.Contains(name, StringComparison.Ordinal));
    }

    /// <summary>The name shown on the page: no folders, no control characters, no longer than the column.</summary>
    private static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            name = "documento";
        }

        return name.Length <= Upload.FileNameMaxLength ? name : name[..Upload.FileNameMaxLength];
    }
}
