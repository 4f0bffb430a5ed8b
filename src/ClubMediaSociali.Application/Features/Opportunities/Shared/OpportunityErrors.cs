using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Opportunities;

public static class OpportunityErrors
{
    public static readonly Error NotFound = Error.NotFound("opportunities.not_found");
    public static readonly Error NotRepresentative = Error.Forbidden("opportunities.not_representative");
    public static readonly Error NotOpen = Error.Conflict("opportunities.not_open");
    public static readonly Error AlreadyResponded = Error.Conflict("opportunities.already_responded");
    public static readonly Error OwnCompany = Error.Conflict("opportunities.own_company");
    public static readonly Error NoResponse = Error.NotFound("opportunities.no_response");

    /// <summary>Another representative (or the applicant) changed the response since the page was drawn.</summary>
    public static readonly Error ResponseChanged = Error.Conflict("opportunities.response_changed");
}
