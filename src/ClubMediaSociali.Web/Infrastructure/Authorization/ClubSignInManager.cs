using System.Security.Claims;
using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClubMediaSociali.Web.Infrastructure.Authorization;

/// <summary>
/// Identity's sign-in, plus signing in with a link mailed to the member (<see cref="SignInLinks"/>) and with a
/// passkey that needs no second step. Every sign-in starts a session (<see cref="MemberSessions"/>) and says in the
/// cookie how it was made (<see cref="SessionClaims"/>): staff powers read that, not the account's settings.
/// </summary>
public sealed class ClubSignInManager(
    UserManager<Member> users,
    IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<Member> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<Member>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Member> confirmation,
    MemberSessions sessions,
    SessionRegistry registry,
    ExternalProviders providers,
    TimeProvider clock)
    : SignInManager<Member>(users, http, claims, options, logger, schemes, confirmation)
{
    /// <summary>What proved the first factor in this request, when Identity says "pwd" for it: a password unless a link.</summary>
    private string _firstFactor = SessionClaims.Password;

    /// <summary>
    /// Checks the link's token and, when it holds, uses it up and signs the member in, or on to the second step
    /// when they have one. The link proves the member reads the address, which confirms it.
    /// </summary>
    public async Task<SignInResult> SignInWithLinkAsync(Member member, string token)
    {
        if (member.DeletedAt is not null || !await UserManager.VerifyUserTokenAsync(member, SignInLinks.Provider, SignInLinks.Purpose(member), token))
        {
            return SignInResult.Failed;
        }

        if (member.SuspendedAt is not null)
        {
            return SignInResult.NotAllowed;
        }

        member.EmailConfirmed = true;
        // A new concurrency stamp: the link's purpose no longer matches, so it works once.
        await UserManager.UpdateAsync(member);
        _firstFactor = SessionClaims.MailedLink;
        return await SignInOrTwoFactorAsync(member, isPersistent: false);
    }

    /// <summary>
    /// Signs in with a passkey the browser just used: verified by Identity, then no second step (a passkey is
    /// phishing-resistant and checked on the device), so the session counts as multi-factor.
    /// </summary>
    public async Task<SignInResult> PasskeySignInAsync(string credentialJson, bool isPersistent)
    {
        var assertion = await PerformPasskeyAssertionAsync(credentialJson);
        if (!assertion.Succeeded)
        {
            return SignInResult.Failed;
        }

        if (await PreSignInCheck(assertion.User) is { } refused)
        {
            return refused;
        }

        // The stored passkey keeps its signature counter and flags up to date.
        if (!(await UserManager.AddOrUpdatePasskeyAsync(assertion.User, assertion.Passkey)).Succeeded)
        {
            return SignInResult.Failed;
        }

        await SignInWithClaimsAsync(assertion.User, isPersistent,
            [new Claim(SessionClaims.Method, SessionClaims.Passkey), new Claim(SessionClaims.Method, SessionClaims.MultiFactor)]);
        return SignInResult.Success;
    }

    /// <summary>Identity's own passkey sign-in would call the session "pwd": the Club's says what it was.</summary>
    public override Task<SignInResult> PasskeySignInAsync(string credentialJson) => PasskeySignInAsync(credentialJson, isPersistent: false);

    /// <summary>A device that remembers a second step passed there counts as that step, for a password or a provider alike.</summary>
    protected override async Task<SignInResult> SignInOrTwoFactorAsync(Member user, bool isPersistent, string? loginProvider = null, bool bypassTwoFactor = false)
    {
        if (bypassTwoFactor || !await IsTwoFactorEnabledAsync(user) || !await IsTwoFactorClientRememberedAsync(user))
        {
            return await base.SignInOrTwoFactorAsync(user, isPersistent, loginProvider, bypassTwoFactor);
        }

        List<Claim> claims = [new Claim(SessionClaims.Method, SessionClaims.MultiFactor)];
        if (loginProvider is not null)
        {
            await Context.SignOutAsync(IdentityConstants.ExternalScheme);
            claims.Add(new Claim(ClaimTypes.AuthenticationMethod, loginProvider));
        }
        else
        {
            claims.Add(new Claim(SessionClaims.Method, SessionClaims.Password));
        }

        await SignInWithClaimsAsync(user, isPersistent, claims);
        return SignInResult.Success;
    }

    /// <summary>
    /// Every cookie Identity writes goes through here. A new sign-in (no session claim yet) names its way in and
    /// starts a session; a renewal keeps the claims it was given.
    /// </summary>
    public override async Task SignInWithClaimsAsync(Member user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.ToList();
        if (!claims.Any(c => c.Type == SessionClaims.Session))
        {
            if (_firstFactor != SessionClaims.Password && claims.FirstOrDefault(c => c.Type == SessionClaims.Method && c.Value == SessionClaims.Password) is { } password)
            {
                claims.Remove(password);
                claims.Add(new Claim(SessionClaims.Method, _firstFactor));
            }

            if (claims.Any(c => c.Type == ClaimTypes.AuthenticationMethod))
            {
                claims.Add(new Claim(SessionClaims.Method, SessionClaims.External));
            }

            var method = SessionClaims.Describe(claims, scheme => providers.Find(scheme)?.DisplayName ?? scheme);
            var session = await sessions.StartAsync(user.Id, method, Context.Request.Headers.UserAgent.ToString(), Context.RequestAborted);
            claims.Add(new Claim(SessionClaims.Session, session.ToString()));
            claims.Add(SessionClaims.AuthenticatedAtClaim(clock.GetUtcNow()));
        }

        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    /// <summary>A renewed cookie (new claims after a change to the account) keeps the session and how it signed in, all of it.</summary>
    public override async Task RefreshSignInAsync(Member user)
    {
        var auth = await Context.AuthenticateAsync(AuthenticationScheme);
        if (auth.Principal is not { } principal || principal.MemberIdOrNull() != user.Id)
        {
            // Identity refuses and logs it.
            await base.RefreshSignInAsync(user);
            return;
        }

        await SignInWithClaimsAsync(user, auth.Properties, SessionClaims.Carried(principal));
    }

    /// <summary>The member just proved a second step inside this session (turning it on): the session counts as multi-factor from now.</summary>
    public async Task StepUpAsync(Member user)
    {
        var auth = await Context.AuthenticateAsync(AuthenticationScheme);
        if (auth.Principal is { } principal && principal.MemberIdOrNull() == user.Id)
        {
            var claims = SessionClaims.Carried(principal);
            claims.Add(new Claim(SessionClaims.Method, SessionClaims.MultiFactor));
            await SignInWithClaimsAsync(user, auth.Properties, claims);
        }
    }

    /// <summary>
    /// The member proved again who they are (their password, inside the session): adding a way in is allowed for a
    /// quarter of an hour from now, as if they had just signed in.
    /// </summary>
    public async Task<bool> ConfirmAsync(Member user, string password)
    {
        var auth = await Context.AuthenticateAsync(AuthenticationScheme);
        if (auth.Principal is not { } principal || principal.MemberIdOrNull() != user.Id || !await UserManager.CheckPasswordAsync(user, password))
        {
            return false;
        }

        var claims = SessionClaims.Carried(principal).Where(c => c.Type != SessionClaims.AuthenticatedAt).ToList();
        claims.Add(SessionClaims.AuthenticatedAtClaim(clock.GetUtcNow()));
        await SignInWithClaimsAsync(user, auth.Properties, claims);
        return true;
    }

    /// <summary>Signing out ends the session, so it leaves the member's list of devices at once.</summary>
    public override async Task SignOutAsync()
    {
        if (Context.User.MemberIdOrNull() is { } member && SessionClaims.SessionId(Context.User) is { } session)
        {
            registry.Ended(await sessions.EndAsync(member, only: session, keep: null, Context.RequestAborted));
        }

        await base.SignOutAsync();
    }

    /// <summary>A suspended member cannot sign in, by any way (the sign-in page then explains why, once the password holds).</summary>
    public override async Task<bool> CanSignInAsync(Member user) => user.SuspendedAt is null && await base.CanSignInAsync(user);
}

public sealed class SignInLinkTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public SignInLinkTokenProviderOptions() => (Name, TokenLifespan) = (SignInLinks.Provider, SignInLinks.Lifetime);
}

/// <summary>Tokens for sign-in links, with their own quarter-hour lifetime (reset links keep Identity's default).</summary>
public sealed class SignInLinkTokenProvider(
    IDataProtectionProvider protection, IOptions<SignInLinkTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<Member>> logger)
    : DataProtectorTokenProvider<Member>(protection, options, logger);
