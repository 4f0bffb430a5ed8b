using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Moderation;

public static class ModerationErrors
{
    public static readonly Error NotFound = Error.NotFound("moderation.not_found");

    /// <summary>Staff are not marked or suspended from the desk: an admin takes their role away first.</summary>
    public static readonly Error Staff = Error.Conflict("moderation.staff");
    public static readonly Error AlreadySuspended = Error.Conflict("moderation.already_suspended");
    public static readonly Error NotSuspended = Error.Conflict("moderation.not_suspended");
    public static readonly Error AlreadyDecided = Error.Conflict("moderation.already_decided");
    public static readonly Error MarkerExists = Error.Invalid("moderation.marker_exists", "Value");
}
