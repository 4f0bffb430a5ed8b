using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.FirstSteps;

public static class GlossaryErrors
{
    public static readonly Error NotFound = Error.NotFound("glossary.not_found");
}
