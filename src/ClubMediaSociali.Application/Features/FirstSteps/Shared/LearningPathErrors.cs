using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.FirstSteps;

public static class LearningPathErrors
{
    public static readonly Error NotFound = Error.NotFound("paths.not_found");

    /// <summary>The practice is not (or no longer) a step of the path.</summary>
    public static readonly Error NotInPath = Error.NotFound("paths.not_in_path");
}
