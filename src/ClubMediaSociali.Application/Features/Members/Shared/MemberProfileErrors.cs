using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Members;

public static class MemberProfileErrors
{
    public static readonly Error NotFound = Error.NotFound("members.not_found");

    /// <summary>The member shows their profile to members only, and the viewer is a visitor.</summary>
    public static readonly Error MembersOnly = Error.Forbidden("members.profile_members_only");
}
