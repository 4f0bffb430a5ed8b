using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Following;

public static class FollowErrors
{
    public static readonly Error NotFound = Error.NotFound("follows.not_found");

    public static readonly Error Self = Error.Conflict("follows.self");
}
