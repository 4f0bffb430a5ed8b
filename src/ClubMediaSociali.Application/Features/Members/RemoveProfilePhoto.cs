using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Features.Media;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>A member removes their profile photo: their initials show again, and the photo's files go.</summary>
[ChangesPages(PublicPages.Everything)]
public sealed record RemoveProfilePhoto : ICommand<Result<string>>;

public sealed class RemoveProfilePhotoHandler(ICurrentMember currentMember, ClubDbContext db, PictureSlots slots) : ICommandHandler<RemoveProfilePhoto, Result<string>>
{
    public async ValueTask<Result<string>> Handle(RemoveProfilePhoto command, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == currentMember.RequiredId && m.DeletedAt == null, cancellationToken);
        if (member is null)
        {
            return ProfileErrors.NotFound;
        }

        var slot = new PictureSlot(UploadPurpose.Photo, PictureShape.Portrait, UploadPlace.Member, member.Id);
        await slots.EmptyAsync(slot, hash => { member.PhotoHash = hash; return Task.CompletedTask; }, cancellationToken);
        return member.Handle;
    }
}
