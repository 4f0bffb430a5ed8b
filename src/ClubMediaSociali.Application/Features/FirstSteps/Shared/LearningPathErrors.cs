using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.FirstSteps;

public static class LearningPathErrors
{
    public static readonly Error NotFound = Error.NotFound("paths.not_found");
}
