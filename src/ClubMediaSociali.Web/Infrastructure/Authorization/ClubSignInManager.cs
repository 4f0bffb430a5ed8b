using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClubMediaSociali.Web.Infrastructure.Authorization;

/// <summary>Identity's sign-in, plus signing in with a link mailed to the member (<see cref="SignInLinks"/>).</summary>
public sealed class ClubSignInManager(
    UserManager<Member> users,
    IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<Member> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<Member>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Member> confirmation)
    : SignInManager<Member>(users, http, claims, options, logger, schemes, confirmation)
{
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
        return await SignInOrTwoFactorAsync(member, isPersistent: false);
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
