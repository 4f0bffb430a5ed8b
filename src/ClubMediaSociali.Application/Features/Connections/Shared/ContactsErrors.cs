using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Connections;

public static class ContactsErrors
{
    /// <summary>The member keeps their contacts from this viewer.</summary>
    public static readonly Error Hidden = Error.Forbidden("connections.contacts_hidden");
}
