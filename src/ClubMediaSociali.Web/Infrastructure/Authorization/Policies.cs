using System.Security.Claims;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Authorization;

namespace ClubMediaSociali.Web.Infrastructure.Authorization;

/// <summary>Every authorization rule of the site, by name. Actions name one of these or say [AllowAnonymous].</summary>
public static class Policies
{
    /// <summary>Signed in, confirmed or not: enough to read private pages and manage one's own account.</summary>
    public const string Member = "Member";

    /// <summary>Signed in with a confirmed email address: needed to post anything.</summary>
    public const string ConfirmedMember = "ConfirmedMember";

    public const string Moderator = "Moderator";

    public const string Admin = "Admin";

    public const string EmailConfirmedClaim = "club:email_confirmed";

    /// <summary>"true" when the member has two-factor authentication on; staff powers require it.</summary>
    public const string TwoFactorClaim = "club:two_factor";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Member, p => p.RequireAuthenticatedUser());
        options.AddPolicy(ConfirmedMember, p => p.RequireAuthenticatedUser().RequireClaim(EmailConfirmedClaim, "true"));
        options.AddPolicy(Moderator, p => p.RequireAuthenticatedUser().RequireAssertion(c => HasModeratorPowers(c.User)));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireAssertion(c => HasAdminPowers(c.User)));
    }

    public static bool IsConfirmed(ClaimsPrincipal user) => user.HasClaim(EmailConfirmedClaim, "true");

    /// <summary>Staff powers need the staff role and two-step verification: a stolen password alone moderates nothing.</summary>
    public static bool HasModeratorPowers(ClaimsPrincipal user) =>
        (user.IsInRole(StaffRoles.Moderator) || user.IsInRole(StaffRoles.Admin)) && user.HasClaim(TwoFactorClaim, "true");

    public static bool HasAdminPowers(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin) && user.HasClaim(TwoFactorClaim, "true");
}
