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

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Member, p => p.RequireAuthenticatedUser());
        options.AddPolicy(ConfirmedMember, p => p.RequireAuthenticatedUser().RequireClaim(EmailConfirmedClaim, "true"));
        options.AddPolicy(Moderator, p => p.RequireAuthenticatedUser().RequireAssertion(c => HasModeratorPowers(c.User)));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireAssertion(c => HasAdminPowers(c.User)));
    }

    public static bool IsConfirmed(ClaimsPrincipal user) => user.HasClaim(EmailConfirmedClaim, "true");

    /// <summary>
    /// Staff powers need the staff role and a session that signed in with more than one factor (a password and a
    /// code, or a passkey): a stolen password, or a provider's account alone, moderates nothing.
    /// </summary>
    public static bool HasModeratorPowers(ClaimsPrincipal user) =>
        (user.IsInRole(StaffRoles.Moderator) || user.IsInRole(StaffRoles.Admin)) && SessionClaims.SignedInWithMultiFactor(user);

    public static bool HasAdminPowers(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Admin) && SessionClaims.SignedInWithMultiFactor(user);
}
