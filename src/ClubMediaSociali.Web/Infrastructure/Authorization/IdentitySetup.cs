using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;

namespace ClubMediaSociali.Web.Infrastructure.Authorization;

internal static class IdentitySetup
{
    /// <summary>
    /// ASP.NET Core Identity with the Club's rules: long passwords without composition rules but not
    /// guessable, PBKDF2 with 210,000 iterations, lockout after repeated failures, cookies that are
    /// HttpOnly, SameSite=Lax and Secure outside local runs, and other sessions ended within a
    /// minute when the password changes.
    /// </summary>
    public static IServiceCollection AddClubIdentity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddIdentity<Member, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = Application.Features.Accounts.SignUp.PasswordMinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // Wrong passwords never lock an account (a stranger could keep its member out): they are slowed per
                // account and per address instead (SignInAttempts, ADR-011). Wrong second-step codes, which only the
                // password's holder can send, still lock the account for a while.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                // Members may sign in before confirming; posting needs Policies.ConfirmedMember.
                options.SignIn.RequireConfirmedEmail = false;
            })
            .AddEntityFrameworkStores<ClubDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddTokenProvider<SignInLinkTokenProvider>(Application.Common.Accounts.SignInLinks.Provider)
            .AddSignInManager<ClubSignInManager>()
            .AddErrorDescriber<ItalianIdentityErrors>()
            .AddPasswordValidator<StrongPasswordValidator>()
            .AddClaimsPrincipalFactory<ClubClaimsFactory>();

        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        // How soon other sessions notice a password change; tests set 0 to see it on the next request.
        var stampSeconds = configuration.GetValue("Security:StampValidationSeconds", 60);
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromSeconds(stampSeconds);
            // The account's claims are made afresh; how this session signed in, and the session, stay.
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal is { } current && context.NewPrincipal?.Identities.FirstOrDefault() is { } identity)
                {
                    identity.AddClaims(SessionClaims.Carried(current));
                }

                return Task.CompletedTask;
            };
        });
        services.AddSingleton<SessionRegistry>();

        var secureCookies = configuration.GetValue(
            "Site:SecureCookies", !(environment.IsDevelopment() || environment.IsEnvironment("Testing")));
        services.ConfigureApplicationCookie(options =>
        {
            // The __Host- prefix binds the cookie to this host over HTTPS; browsers refuse it over plain HTTP.
            options.Cookie.Name = secureCookies ? "__Host-club" : "club.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            options.LoginPath = "/accesso";
            options.LogoutPath = "/esci";
            options.AccessDeniedPath = "/accesso/negato";
            // Each request: the session is not ended (in memory, ADR-019), then Identity's stamp check.
            options.Events.OnValidatePrincipal = SessionRegistry.ValidatePrincipalAsync;
        });

        var localRun = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        if (!localRun && string.IsNullOrWhiteSpace(configuration["Site:BaseUrl"]))
        {
            throw new Database.StartupException(
                "Set Site__BaseUrl to the site's public address (for example https://club.example.it): " +
                "confirmation and password-reset emails link to it.");
        }

        services.Configure<IdentityPasskeyOptions>(options =>
        {
            // The relying party's id: passkeys made for one domain never work on another, so it is fixed before
            // launch (README). Unset, it is the host of Site:BaseUrl; in local runs, the address the browser uses.
            options.ServerDomain = configuration["Passkeys:ServerDomain"] is { Length: > 0 } domain ? domain
                : localRun ? null
                : new Uri(configuration["Site:BaseUrl"]!).Host;
            // Verified on the device (fingerprint, face, PIN), so a passkey is a second factor in itself; discoverable,
            // so the browser can offer it before the address is typed.
            options.UserVerificationRequirement = "required";
            options.ResidentKeyRequirement = "required";
            options.AttestationConveyancePreference = "none";
        });

        ExternalProviders.Add(services, configuration);
        services.AddAuthorization(Policies.Configure);
        services.AddScoped<AccountEmails>();
        services.AddScoped(sp => (ClubSignInManager)sp.GetRequiredService<SignInManager<Member>>());
        services.AddScoped<Links.SiteLinks>();
        services.AddScoped<IAccountLinks>(sp => sp.GetRequiredService<Links.SiteLinks>());
        services.AddScoped<Application.Common.Links.IClubLinks>(sp => sp.GetRequiredService<Links.SiteLinks>());
        services.AddScoped<Links.ISiteAddress>(sp => sp.GetRequiredService<Links.SiteLinks>());
        return services;
    }
}
