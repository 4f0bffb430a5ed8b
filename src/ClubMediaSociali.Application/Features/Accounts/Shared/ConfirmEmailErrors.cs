using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Accounts;

public static class ConfirmEmailErrors
{
    public static readonly Error InvalidLink = Error.Invalid("members.invalid_confirmation_link");
}
