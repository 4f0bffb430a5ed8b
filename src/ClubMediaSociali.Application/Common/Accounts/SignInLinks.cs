using ClubMediaSociali.Application.Domain.Members;

namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>
/// A link mailed to a member that signs them in without the password, for a quarter of an hour and once: its
/// purpose carries the member's concurrency stamp, which changes when the link is used. It never skips the
/// second step of a member who has one.
/// </summary>
public static class SignInLinks
{
    /// <summary>The Identity token provider that makes and checks the links' tokens (registered by the web host).</summary>
    public const string Provider = "SignInLink";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static string Purpose(Member member) => $"sign-in-link:{member.ConcurrencyStamp}";
}
