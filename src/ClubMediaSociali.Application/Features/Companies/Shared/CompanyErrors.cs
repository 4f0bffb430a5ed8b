using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Companies;

public static class CompanyErrors
{
    public static readonly Error NotFound = Error.NotFound("companies.not_found");
    public static readonly Error NotRepresentative = Error.Forbidden("companies.not_representative");
    public static readonly Error AlreadyTied = Error.Conflict("companies.already_tied");
    public static readonly Error NoRequest = Error.NotFound("companies.no_request");
}
