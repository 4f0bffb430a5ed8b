using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Connections;

public static class ConnectionErrors
{
    public static readonly Error NotFound = Error.NotFound("connections.not_found");

    public static readonly Error Self = Error.Forbidden("connections.self");

    public static readonly Error AlreadyConnected = Error.Conflict("connections.already_connected");

    public static readonly Error AlreadyRequested = Error.Conflict("connections.already_requested");

    /// <summary>The other member has already asked: the answer is to accept, not to ask back.</summary>
    public static readonly Error TheyAsked = Error.Conflict("connections.they_asked");

    public static readonly Error DeclinedRecently = Error.Conflict("connections.declined_recently");

    public static readonly Error TooManyRequests = Error.TooMany("connections.too_many_requests");

    public static readonly Error NoRequest = Error.Conflict("connections.no_request");

    /// <summary>One of the two blocked the other; said the same way either side, so a block is not told.</summary>
    public static readonly Error Blocked = Error.Conflict("connections.not_possible");
}
