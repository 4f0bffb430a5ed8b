using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Editions;

public static class EditionErrors
{
    public static readonly Error NotFound = Error.NotFound("editions.not_found");

    /// <summary>The edition is leaving or has left: what subscribers received is not changed afterwards.</summary>
    public static readonly Error AlreadySent = Error.Conflict("editions.already_sent");
}
