using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Members;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Accounts;

/// <summary>The member chooses a new password from the reset link. Other sessions end (new security stamp).</summary>
[ChangesNoPublicPage("Credentials, shown nowhere.")]
public sealed record ResetPassword : ICommand<Result<Member>>
{
    public Guid MemberId { get; init; }

    public string Token { get; init; } = "";

    public string NewPassword { get; init; } = "";
}

public sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.NewPassword).ClubNewPassword(text);
        RuleFor(c => c.Token).NotEmpty().WithMessage(_ => text["Il collegamento non è valido o è scaduto: chiedine uno nuovo."]);
    }
}

public sealed class ResetPasswordHandler(UserManager<Member> users) : ICommandHandler<ResetPassword, Result<Member>>
{
    public async ValueTask<Result<Member>> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        var member = await users.FindByIdAsync(command.MemberId.ToString());
        if (member is null || member.DeletedAt is not null)
        {
            return ConfirmEmailErrors.InvalidLink;
        }

        var result = await users.ResetPasswordAsync(member, command.Token, command.NewPassword);
        if (result.Succeeded)
        {
            return member;
        }

        return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
            ? ConfirmEmailErrors.InvalidLink
            : Error.Invalid("members.password_refused", nameof(ResetPassword.NewPassword), string.Join(' ', result.Errors.Select(e => e.Description)));
    }
}
