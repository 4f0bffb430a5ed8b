using ClubMediaSociali.Application.Common.Limits;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;

namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>An attempt taken from every sign-in allowance, or the moment the first one that was used up renews.</summary>
public sealed record SignInAttempt(bool Allowed, DateTimeOffset RetryAt, IReadOnlyList<(Allowance Allowance, string Subject, Taken Taken)> Taken);

/// <summary>
/// Password guessing is slowed per account and per client address, never stopped by locking the account
/// (ADR-011): a stranger who fails on purpose only delays password sign-in for that address, and the member can
/// still get in with a sign-in link mailed to them. Failures count; a successful password gives its uses back.
/// The account is the address as typed, known or not, so the answers cannot tell who is a member.
/// </summary>
public sealed class SignInAttempts(Allowances allowances, IRequestOrigin origin, IPasswordHasher<Member> hasher)
{
    /// <summary>Per account from anywhere: a few dozen guesses an hour at most, in growing steps.</summary>
    public static readonly Allowance[] PerAccount =
    [
        new("sign-in-account-15m", 10, TimeSpan.FromMinutes(15)),
        new("sign-in-account-1h", 30, TimeSpan.FromHours(1)),
    ];

    /// <summary>Per client address, across accounts: one office shares an address, so wider than per account.</summary>
    public static readonly Allowance[] PerAddress =
    [
        new("sign-in-address-1m", 10, TimeSpan.FromMinutes(1)),
        new("sign-in-address-1h", 100, TimeSpan.FromHours(1)),
    ];

    /// <summary>A hash made by the Club's own hasher, so checking against it costs what a member's check costs.</summary>
    private static string? _unknownAccountHash;

    public async Task<SignInAttempt> BeginAsync(string email, CancellationToken cancellationToken)
    {
        var subjects = PerAccount.Select(a => (a, email.Trim().ToLowerInvariant()))
            .Concat(PerAddress.Select(a => (a, origin.Address ?? "unknown")))
            .ToList();
        var taken = new List<(Allowance, string, Taken)>();
        var retryAt = DateTimeOffset.MinValue;
        foreach (var (allowance, subject) in subjects)
        {
            var result = await allowances.TryTakeAsync(allowance, subject, cancellationToken);
            if (result.Allowed)
            {
                taken.Add((allowance, subject, result));
            }
            else if (result.RetryAt > retryAt)
            {
                retryAt = result.RetryAt;
            }
        }

        if (retryAt == DateTimeOffset.MinValue)
        {
            return new SignInAttempt(true, retryAt, taken);
        }

        // A refused attempt is not a guess: it gives back what it took.
        await GiveBackAsync(taken, cancellationToken);
        return new SignInAttempt(false, retryAt, []);
    }

    /// <summary>The password was right: the attempt does not count against anyone.</summary>
    public Task SucceededAsync(SignInAttempt attempt, CancellationToken cancellationToken) => GiveBackAsync(attempt.Taken, cancellationToken);

    /// <summary>
    /// For an address without an account, the same work as checking a real password (PBKDF2 with the Club's
    /// iterations), so the time of the answer does not tell whether the account exists.
    /// </summary>
    public void CheckAgainstNoAccount(string password)
    {
        _unknownAccountHash ??= hasher.HashPassword(new Member(), Guid.NewGuid().ToString());
        _ = hasher.VerifyHashedPassword(new Member(), _unknownAccountHash, password);
    }

    private async Task GiveBackAsync(IEnumerable<(Allowance Allowance, string Subject, Taken Taken)> taken, CancellationToken cancellationToken)
    {
        foreach (var (allowance, subject, use) in taken)
        {
            await allowances.GiveBackAsync(allowance, subject, use, cancellationToken);
        }
    }
}
