using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>Who is signed in at the provider when the Club sends a member there.</summary>
public sealed record ProviderAccount(string Subject, string Name, string Email, bool EmailVerified);

/// <summary>
/// A real OpenID Connect provider for the sign-in tests: OpenIddict's server on a free local port, in its degraded
/// mode (no database: the client and its redirect address are checked here), with the authorization code flow and
/// PKCE required. Its sign-in page approves at once for <see cref="SignedIn"/>, as a provider does for someone
/// already signed in there.
/// </summary>
public sealed class OidcServer : IAsyncDisposable
{
    public const string ClientId = "club-dei-media-sociali";
    public const string ClientSecret = "segreto-del-club-per-i-test";

    private readonly WebApplication _app;

    private OidcServer(WebApplication app, Uri authority) => (_app, Authority) = (app, authority);

    public Uri Authority { get; }

    public ProviderAccount? SignedIn { get; set; }

    /// <summary>The Club's settings for this provider under <paramref name="scheme"/>.</summary>
    public Dictionary<string, string> Settings(string scheme, string displayName) => new()
    {
        [$"Authentication:Providers:{scheme}:Authority"] = Authority.ToString(),
        [$"Authentication:Providers:{scheme}:ClientId"] = ClientId,
        [$"Authentication:Providers:{scheme}:ClientSecret"] = ClientSecret,
        [$"Authentication:Providers:{scheme}:DisplayName"] = displayName,
        [$"Authentication:Providers:{scheme}:RequireHttpsMetadata"] = "false",
    };

    /// <param name="redirectUri">The one address the Club may be sent back to.</param>
    public static Task<OidcServer> StartAsync(string redirectUri) => StartAsync(uri => uri == redirectUri);

    /// <param name="redirectAllowed">Which addresses the Club may be sent back to (a browser test's port is known only later).</param>
    public static async Task<OidcServer> StartAsync(Func<string?, bool> redirectAllowed)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("authorize").SetTokenEndpointUris("token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            options.EnableDegradedMode();
            options.UseAspNetCore().DisableTransportSecurityRequirement().EnableAuthorizationEndpointPassthrough();
            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (!redirectAllowed(context.RedirectUri))
                {
                    context.Reject(Errors.InvalidRequest, "Unknown redirect address.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Wrong client credentials.");
                }

                return default;
            }));
        });

        var app = builder.Build();
        OidcServer? server = null;
        app.MapMethods("/authorize", ["GET", "POST"], (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest()!;
            if (server!.SignedIn is not { } account)
            {
                return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.AddClaim(new Claim(Claims.Subject, account.Subject));
            identity.AddClaim(new Claim(Claims.Name, account.Name));
            identity.AddClaim(new Claim(Claims.Email, account.Email));
            identity.AddClaim(new Claim(Claims.EmailVerified, account.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new OidcServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
