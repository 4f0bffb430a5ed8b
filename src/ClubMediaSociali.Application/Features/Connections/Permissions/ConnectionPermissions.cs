using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>
/// What one member may do with another's network: the one rule for who sees a member's contacts (the member
/// always; others as the member's settings say: everyone, members, contacts only or nobody, and never a
/// visitor when the profile is for members only). Who may ask whom to connect is the request's own rule
/// (<see cref="RequestConnection"/>: not oneself, not twice, not soon after a refusal), shown on profiles as
/// a <see cref="ConnectionState"/>.
/// </summary>
internal static class ConnectionPermissions
{
    public static bool IsOwner(ICurrentMember member, Guid ownerId) => member.Is(ownerId);

    public static async Task<bool> MaySeeContactsAsync(
        ClubDbContext db, ICurrentMember member, Guid ownerId, ProfileVisibility profile, ContactsVisibility contacts, CancellationToken cancellationToken)
    {
        var viewerId = member.Id;
        if (IsOwner(member, ownerId))
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
