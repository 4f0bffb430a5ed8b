using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Admin;

public static class StaffErrors
{
    public static readonly Error MemberNotFound = Error.Invalid("staff.member_not_found", nameof(ChangeStaffRole.MemberEmail));

    public static readonly Error LastAdmin = Error.Invalid("staff.last_admin", nameof(ChangeStaffRole.Role));
}
