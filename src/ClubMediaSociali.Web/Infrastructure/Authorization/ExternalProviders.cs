using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ClubMediaSociali.Web.Infrastructure.Authorization;

/// <summary>One provider members may sign in with: its scheme (also the name stored beside each linked account).</summary>
/// <param name="Origin">Where its sign-in page lives, which the Content-Security-Policy lets forms go to.</param>
public sealed record ExternalProvider(string Scheme, string DisplayName, string Origin);

/// <summary>
/// Sign-in with accounts members already have, through one generic OpenID Connect client per provider configured
/// under <c>Authentication:Providers:{name}</c> (LinkedIn, Google, Microsoft, a company's own): the authorization
/// code flow with PKCE, state and nonce checked by ASP.NET Core's handler, the issuer checked against the provider's
/// discovery document. A linked account is the provider's subject under that issuer, never an email address.
/// None configured, no buttons.
/// </summary>
public sealed class ExternalProviders(IReadOnlyList<ExternalProvider> all)
{
    public const string Section = "Authentication:Providers";

    /// <summary>The claim the provider sets to true when it checked the address; without it the address is not trusted.</summary>
    public const string EmailVerifiedClaim = "email_verified";

    public IReadOnlyList<ExternalProvider> All { get; } = all;

    public ExternalProvider? Find(string scheme) => All.FirstOrDefault(p => p.Scheme == scheme);

    /// <summary>The address the provider vouches for, or null: only an "email_verified" of true counts (Entra's plain "email" does not).</summary>
    public static string? VerifiedEmail(ClaimsPrincipal principal) =>
        Email(principal) is { Length: > 0 } email
        && string.Equals(principal.FindFirstValue(EmailVerifiedClaim), "true", StringComparison.OrdinalIgnoreCase)
            ? email
            : null;

    /// <summary>The claims keep the provider's names (no inbound mapping): "email", "name" or its two parts.</summary>
    public static string? Email(ClaimsPrincipal principal) => principal.FindFirstValue("email");

    public static string? Name(ClaimsPrincipal principal) =>
        principal.FindFirstValue("name")
        ?? string.Join(' ', new[] { principal.FindFirstValue("given_name"), principal.FindFirstValue("family_name") }.Where(n => !string.IsNullOrEmpty(n)));

    public static ExternalProviders Add(IServiceCollection services, IConfiguration configuration)
    {
        var all = new List<ExternalProvider>();
        var authentication = services.AddAuthentication();
        foreach (var provider in configuration.GetSection(Section).GetChildren())
        {
            var scheme = provider.Key.ToLowerInvariant();
            var authority = provider["Authority"];
            var clientId = provider["ClientId"];
            if (string.IsNullOrWhiteSpace(authority) || string.IsNullOrWhiteSpace(clientId))
            {
                continue;
            }

            var displayName = provider["DisplayName"] is { Length: > 0 } name ? name : provider.Key;
            all.Add(new ExternalProvider(scheme, displayName, new Uri(authority).GetLeftPart(UriPartial.Authority)));
            authentication.AddOpenIdConnect(scheme, displayName, options =>
            {
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.Authority = authority;
                options.ClientId = clientId;
                options.ClientSecret = provider["ClientSecret"];
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                // The answer comes back as a plain navigation, so the state and nonce cookies can stay SameSite=Lax;
                // Secure whenever the site is on HTTPS (always, outside local runs).
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.CallbackPath = $"/accesso/esterno/{scheme}/ritorno";
                options.Scope.Clear();
                foreach (var scope in (provider["Scopes"] ?? "openid profile email").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    options.Scope.Add(scope);
                }

                // The claims as the provider names them ("sub", "email", "email_verified"), nothing renamed.
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = provider.GetValue("UserInfo", false);
                options.SaveTokens = false;
                options.RequireHttpsMetadata = provider.GetValue("RequireHttpsMetadata", true);
                options.TokenValidationParameters.NameClaimType = "name";
                options.Events.OnRemoteFailure = context =>
                {
                    // Cancelled at the provider, a state or nonce that does not hold, an expired attempt: the member is
                    // told it did not work and may try again; nothing is signed in.
                    context.Response.Redirect($"/accesso/esterno/{scheme}/non-riuscito");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }

        var providers = new ExternalProviders(all);
        services.AddSingleton(providers);
        return providers;
    }
}
