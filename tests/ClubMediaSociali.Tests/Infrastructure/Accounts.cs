using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>Members with real passwords, and clients signed in as them.</summary>
public static class Accounts
{
    public const string Password = "cavallo batteria graffetta corretta";

    public static async Task<Member> CreateMemberAsync(this ClubFixture fixture, string? displayName = null, bool confirmed = true, params string[] staffRoles)
    {
        var member = Build.Member(displayName);
        member.EmailConfirmed = confirmed;
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var created = await users.CreateAsync(member, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (staffRoles.Length > 0)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
            foreach (var role in staffRoles)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole<Guid>(role));
                }
            }

            await users.AddToRolesAsync(member, staffRoles);
            // Staff powers require two-step verification: staff members in tests have it on.
            await users.ResetAuthenticatorKeyAsync(member);
            await users.SetTwoFactorEnabledAsync(member, true);
        }

        return member;
    }

    /// <summary>Gives the member the points of trust level "membro", past what newcomers are refused (attachments, links).</summary>
    public static Task<int> TrustAsync(this ClubFixture fixture, Member member) =>
        fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 10)));

    /// <summary>Signs in through the real sign-in form.</summary>
    public static Task<BrowserLikeClient> SignedInClientAsync(this ClubFixture fixture, Member member, string password = Password) =>
        fixture.SignInAsync(fixture.CreateClient(), member, password);

    /// <summary>Signs the member in on <paramref name="client"/> (of the fixture's app or of another instance on the same database).</summary>
    public static async Task<BrowserLikeClient> SignInAsync(this ClubFixture fixture, BrowserLikeClient client, Member member, string password = Password)
    {
        var form = await client.GetDocumentAsync("/accesso");
        using var response = await client.SubmitAsync(form, "form[action='/accesso']", new Dictionary<string, string>
        {
            ["Email"] = member.Email!,
            ["Password"] = password,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location!.OriginalString.StartsWith("/accesso/verifica", StringComparison.Ordinal))
        {
            var secondStep = await client.GetDocumentAsync(response.Headers.Location.OriginalString);
            using var verified = await client.SubmitAsync(secondStep, "form[action='/accesso/verifica']", new Dictionary<string, string>
            {
                ["Code"] = await fixture.NextAuthenticatorCodeAsync(member),
            });
            Assert.Equal(System.Net.HttpStatusCode.Redirect, verified.StatusCode);
        }

        return client;
    }

    /// <summary>
    /// The code the member's authenticator app shows next: the current step's, or the step's after the last
    /// one used when a code of this step was already taken (a code works once).
    /// </summary>
    public static async Task<string> NextAuthenticatorCodeAsync(this ClubFixture fixture, Member member)
    {
        var key = await fixture.AuthenticatorKeyAsync(member);
        var last = await fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).Select(m => m.LastAuthenticatorStep).SingleAsync());
        var step = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30, (last ?? 0) + 1);
        return Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
    }

    public static async Task<string> AuthenticatorKeyAsync(this ClubFixture fixture, Member member)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var stored = await users.FindByIdAsync(member.Id.ToString());
        return (await users.GetAuthenticatorKeyAsync(stored!))!;
    }
}
