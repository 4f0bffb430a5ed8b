using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Features.Media;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>
/// A member sets (or replaces) their profile photo, a square cut from the centre shown wherever they appear, or
/// removes it (<see cref="Content"/> null): their initials show again, and the photo's files go.
/// </summary>
[ChangesPages(PublicPages.Everything)]
public sealed record SetProfilePhoto(byte[]? Content) : ICommand<Result<string>>;

public sealed class SetProfilePhotoHandler(ICurrentMember currentMember, ClubDbContext db, PictureSlots slots) : ICommandHandler<SetProfilePhoto, Result<string>>
{
    public async ValueTask<Result<string>> Handle(SetProfilePhoto command, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == currentMember.RequiredId && m.DeletedAt == null, cancellationToken);
        if (member is null)
        {
            return ProfileErrors.NotFound;
        }

        var slot = new PictureSlot(UploadPurpose.Photo, PictureShape.Portrait, UploadPlace.Member, member.Id);
        Task Point(string? hash)
        {
            member.PhotoHash = hash;
            return Task.CompletedTask;
        }

        if (command.Content is null)
        {
            await slots.EmptyAsync(slot, Point, cancellationToken);
            return member.Handle;
        }

        var stored = await slots.ReplaceAsync(member.Id, slot, command.Content, Point, cancellationToken);
        return stored.IsSuccess ? member.Handle : stored.Error!;
    }
}
