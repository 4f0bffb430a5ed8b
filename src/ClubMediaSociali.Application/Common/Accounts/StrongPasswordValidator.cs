using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>
/// Refuses passwords that are easy to guess (common words, keyboard walks, the member's own name or
/// address), whatever their length. No composition rules: a long phrase is the best password.
/// </summary>
public sealed class StrongPasswordValidator(IStringLocalizer<ValidationMessages> text) : IPasswordValidator<Member>
{
    // zxcvbn scores 0 (guessed instantly) to 4 (centuries); 3 resists an offline attack for years.
    private const int MinimumScore = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<Member> manager, Member user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var personal = new[] { user.DisplayName, user.Email, user.UserName, "club", "media", "sociali" }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .SelectMany(s => s!.Split([' ', '.', '@', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var score = Zxcvbn.Zxcvbn.MatchPassword(password, personal).Score;
        return Task.FromResult(score >= MinimumScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooGuessable",
                Description = text["Questa password è troppo facile da indovinare (parole comuni, sequenze o il tuo nome). Prova con una frase di parole che non stanno di solito insieme."],
            }));
    }
}
