using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>The signed-in member's photo, for the form that changes it.</summary>
public sealed record GetProfilePhoto : IQuery<ProfilePhoto?>;

public sealed record ProfilePhoto(Guid MemberId, string DisplayName, string? PhotoHash);

public sealed class GetProfilePhotoHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetProfilePhoto, ProfilePhoto?>
{
    public async ValueTask<ProfilePhoto?> Handle(GetProfilePhoto query, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(m => m.Id == currentMember.RequiredId && m.DeletedAt == null)
            .Select(m => new ProfilePhoto(m.Id, m.DisplayName, m.PhotoHash))
            .SingleOrDefaultAsync(cancellationToken);
}
