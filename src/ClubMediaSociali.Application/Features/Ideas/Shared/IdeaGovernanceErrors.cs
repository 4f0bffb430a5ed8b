using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Ideas;

public static class IdeaGovernanceErrors
{
    public static readonly Error SameStatus = Error.Invalid("ideas.same_status", nameof(ChangeIdeaStatus.Status));
    public static readonly Error BadOriginal = Error.Invalid("ideas.bad_original", nameof(ChangeIdeaStatus.Original));
}
