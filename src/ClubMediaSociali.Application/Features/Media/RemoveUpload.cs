using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Moderation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>
/// A moderator removes a picture or a file that breaks the Club's rules: a photo or logo (the initials show again),
/// an attachment (it leaves its practice or opportunity), or a picture in texts (every text of its owner that shows
/// it loses it). Its files go unless another member's use shares them; the act is audited and the owner told why.
/// CVs are not the moderators' to see, so not theirs to remove.
/// </summary>
[ChangesPages(PublicPages.Everything)]
public sealed record RemoveUpload(Guid UploadId, string Reason) : ICommand<Result<Unit>>, ITransactional
{
    public const int ReasonMaxLength = 500;
}

public sealed class RemoveUploadValidator : AbstractValidator<RemoveUpload>
{
    public RemoveUploadValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Reason)
            .Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => text["Scrivi il motivo: lo leggerà chi ha caricato il file."])
            .ClubMaxLength(text, RemoveUpload.ReasonMaxLength);
}

public sealed class RemoveUploadHandler(ICurrentMember currentMember, ClubDbContext db, MediaStore store, TimeProvider clock) : ICommandHandler<RemoveUpload, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RemoveUpload command, CancellationToken cancellationToken)
    {
        if (!currentMember.IsModerator)
        {
            return Error.Forbidden("media.not_moderator");
        }

        var upload = await db.Uploads.AsNoTracking().SingleOrDefaultAsync(u => u.Id == command.UploadId && u.Purpose != UploadPurpose.ResponseCv, cancellationToken);
        if (upload is null)
        {
            return Error.NotFound("media.not_found");
        }

        List<Upload> uses = [upload];
        var owner = await db.Users.Where(m => m.Id == upload.OwnerId).Select(m => m.Handle).SingleAsync(cancellationToken);
        var where = Target.Member(owner);
        switch (upload.Purpose)
        {
            case UploadPurpose.Photo:
                await db.Users.Where(m => m.Id == upload.UsedInId && m.PhotoHash == upload.SourceHash)
                    .ExecuteUpdateAsync(set => set.SetProperty(m => m.PhotoHash, (string?)null), cancellationToken);
                break;
            case UploadPurpose.Logo:
                var slug = await db.Companies.Where(c => c.Id == upload.UsedInId).Select(c => c.Slug).SingleOrDefaultAsync(cancellationToken);
                await db.Companies.Where(c => c.Id == upload.UsedInId && c.LogoHash == upload.SourceHash)
                    .ExecuteUpdateAsync(set => set.SetProperty(c => c.LogoHash, (string?)null), cancellationToken);
                where = slug is null ? where : Target.Company(slug);
                break;
            case UploadPurpose.Attachment when upload.UsedInKind == UploadPlace.Practice:
                await db.Practices.Where(p => p.Id == upload.UsedInId)
                    .ExecuteUpdateAsync(set => set.SetProperty(p => p.AttachmentIds, p => p.AttachmentIds.Where(id => id != upload.Id).ToArray()), cancellationToken);
                where = Target.Practice(upload.UsedInId!.Value);
                break;
            case UploadPurpose.Attachment when upload.UsedInKind == UploadPlace.Opportunity:
                await db.Opportunities.Where(o => o.Id == upload.UsedInId)
                    .ExecuteUpdateAsync(set => set.SetProperty(o => o.AttachmentIds, o => o.AttachmentIds.Where(id => id != upload.Id).ToArray()), cancellationToken);
                where = Target.Opportunity(upload.UsedInId!.Value);
                break;
            case UploadPurpose.ContentImage:
                // The same picture in the owner's other texts goes too: a picture that breaks the rules breaks them everywhere.
                uses = await db.Uploads.AsNoTracking()
                    .Where(u => u.Purpose == UploadPurpose.ContentImage && u.OwnerId == upload.OwnerId && u.SourceHash == upload.SourceHash)
                    .ToListAsync(cancellationToken);
                where = upload.UsedInKind switch
                {
                    UploadPlace.Practice => Target.Practice(upload.UsedInId!.Value),
                    UploadPlace.Idea => Target.Idea(upload.UsedInId!.Value),
                    UploadPlace.Opportunity => Target.Opportunity(upload.UsedInId!.Value),
                    _ => where,
                };
                break;
        }

        await store.RemoveAsync(uses, cancellationToken);
        var now = clock.GetUtcNow();
        var reason = command.Reason.Trim();
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.RemoveUpload, AuditTargets.Upload, upload.Id, upload.FileName.Length > 0 ? upload.FileName : upload.Purpose.ToString(), now, reason);
        db.Raise(new UploadRemoved(upload.OwnerId, upload.FileName, where, reason, now), now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
