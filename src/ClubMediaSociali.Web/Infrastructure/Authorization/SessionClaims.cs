using System.Security.Claims;

namespace ClubMediaSociali.Web.Infrastructure.Authorization;

/// <summary>
/// What a sign-in cookie says about how <em>this</em> session signed in, beside who the member is: the "amr" values
/// (RFC 8176's names where one fits) and the session's id. They are set once at sign-in and carried whenever the
/// cookie is renewed (a refreshed sign-in, a security-stamp check), never recomputed from the account.
/// </summary>
public static class SessionClaims
{
    /// <summary>The claim type, as in OpenID Connect and as Identity names its own.</summary>
    public const string Method = "amr";

    public const string Session = "club:session";

    /// <summary>When the member last proved who they are in this session (Unix seconds), as OpenID Connect's auth_time.</summary>
    public const string AuthenticatedAt = "auth_time";

    /// <summary>How long after proving who they are a member may add a way in without proving it again.</summary>
    public static readonly TimeSpan RecentEnough = TimeSpan.FromMinutes(15);

    /// <summary>A password, or a sign-in link mailed to the confirmed address.</summary>
    public const string Password = "pwd";

    public const string MailedLink = "link";

    /// <summary>A second step was passed (an authenticator code or recovery code, a device that remembers one), or a passkey.</summary>
    public const string MultiFactor = "mfa";

    /// <summary>A passkey: phishing-resistant and verified on the device, so it counts as <see cref="MultiFactor"/> too.</summary>
    public const string Passkey = "hwk";

    /// <summary>An account at another provider (OpenID Connect); Identity adds the provider as the authentication method.</summary>
    public const string External = "ext";

    public static bool SignedInWithMultiFactor(ClaimsPrincipal user) => user.HasClaim(Method, MultiFactor);

    public static bool AuthenticatedRecently(ClaimsPrincipal user, DateTimeOffset now) =>
        long.TryParse(user.FindFirstValue(AuthenticatedAt), out var seconds) && now - DateTimeOffset.FromUnixTimeSeconds(seconds) < RecentEnough;

    public static Claim AuthenticatedAtClaim(DateTimeOffset now) =>
        new(AuthenticatedAt, now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Guid? SessionId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Session), out var id) ? id : null;

    /// <summary>The claims a renewed cookie keeps from the one it replaces.</summary>
    public static List<Claim> Carried(ClaimsPrincipal user) =>
        user.Claims.Where(c => c.Type is Method or Session or AuthenticatedAt or ClaimTypes.AuthenticationMethod)
            .Select(c => new Claim(c.Type, c.Value))
            .ToList();

    /// <summary>How a session signed in, as stored beside it: "pwd+mfa", "hwk+mfa", "mfa+ext:Google" (the provider's name).</summary>
    public static string Describe(IEnumerable<Claim> claims, Func<string, string> providerName)
    {
        var list = claims.ToList();
        var methods = string.Join('+', list.Where(c => c.Type == Method).Select(c => c.Value).Distinct());
        return list.FirstOrDefault(c => c.Type == ClaimTypes.AuthenticationMethod) is { } provider ? $"{methods}:{providerName(provider.Value)}" : methods;
    }
}
