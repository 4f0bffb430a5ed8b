using System.Security.Claims;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClubMediaSociali.Web.Infrastructure.Authorization;

/// <summary>Adds what pages need without a query: the display name and whether the email is confirmed.</summary>
internal sealed class ClubClaimsFactory(
    UserManager<Member> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Member, IdentityRole<Guid>>(users, roles, options)
{
    public const string DisplayNameClaim = "club:display_name";
    public const string HandleClaim = "club:handle";
    public const string TimeZoneClaim = "club:time_zone";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Member user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim(HandleClaim, user.Handle));
        identity.AddClaim(new Claim(TimeZoneClaim, user.TimeZone));
        identity.AddClaim(new Claim(Policies.EmailConfirmedClaim, user.EmailConfirmed ? "true" : "false"));
        return identity;
    }
}

public static class ClaimsPrincipalExtensions
{
    public static Guid MemberId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    /// <summary>The signed-in member's id, or null for a visitor.</summary>
    public static Guid? MemberIdOrNull(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.MemberId() : null;

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(ClubClaimsFactory.DisplayNameClaim) ?? "";

    public static string Handle(this ClaimsPrincipal user) => user.FindFirstValue(ClubClaimsFactory.HandleClaim) ?? "";

    /// <summary>The zone a signed-in member reads times in (Rome's unless they chose another); none for a visitor.</summary>
    public static string? TimeZoneOrNull(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClubClaimsFactory.TimeZoneClaim) ?? Application.Domain.Events.Event.DefaultTimeZone : null;

    /// <summary>A moment on the member's clock (their zone, Rome's by default); Rome's for a visitor.</summary>
    public static DateTimeOffset OnMemberClock(this ClaimsPrincipal user, DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Application.Features.Events.EventTimes.Zone(user.TimeZoneOrNull() ?? Application.Domain.Events.Event.DefaultTimeZone));
}
