using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Connections;

internal static class ContactLists
{
    public static async Task<bool> MayViewerSeeAsync(
        ClubDbContext db, Guid ownerId, ProfileVisibility profile, ContactsVisibility contacts, Guid? viewerId, CancellationToken cancellationToken)
    {
        if (viewerId == ownerId)
        {
            return true;
        }

        if (viewerId is null && profile == ProfileVisibility.MembersOnly)
        {
            return false;
        }

        return contacts switch
        {
            ContactsVisibility.Everyone => true,
            ContactsVisibility.Members => viewerId is not null,
            ContactsVisibility.Contacts => viewerId is { } viewer && await People.ContactIds(db, ownerId).ContainsAsync(viewer, cancellationToken),
            _ => false,
        };
    }
}
