using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Members;

public static class ProfileErrors
{
    public static readonly Error NotFound = Error.NotFound("members.not_found");
}
