using ClubMediaSociali.Application.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Accounts;

public sealed record SignInForm
{
    public string Email { get; init; } = "";

    public string Password { get; init; } = "";

    public bool RememberMe { get; init; }

    public string? ReturnUrl { get; init; }
}

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => text["Scrivi il tuo indirizzo email."])
            .MaximumLength(254).WithMessage(_ => text["L'indirizzo email può avere al massimo {0} caratteri.", 254]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => text["Scrivi la tua password."])
            .MaximumLength(Application.Features.Accounts.SignUp.PasswordMaxLength)
            .WithMessage(_ => text["La password può avere al massimo {0} caratteri.", Application.Features.Accounts.SignUp.PasswordMaxLength]);
    }
}
