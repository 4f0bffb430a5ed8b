using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Members;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>A signed-in member changes their password. The security stamp changes, so other sessions end.</summary>
[ChangesNoPublicPage("Credentials, shown nowhere.")]
public sealed record ChangePassword : ICommand<Result<Member>>
{
    public string CurrentPassword { get; init; } = "";

    public string NewPassword { get; init; } = "";
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage(_ => text["Scrivi la tua password attuale."]);
        RuleFor(c => c.NewPassword).ClubNewPassword(text);
    }
}

public sealed class ChangePasswordHandler(ICurrentMember currentMember, UserManager<Member> users) : ICommandHandler<ChangePassword, Result<Member>>
{
    public async ValueTask<Result<Member>> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var member = await users.FindByIdAsync(currentMember.RequiredId.ToString());
        if (member is null || member.DeletedAt is not null)
        {
            return ProfileErrors.NotFound;
        }

        var result = await users.ChangePasswordAsync(member, command.CurrentPassword, command.NewPassword);
        if (result.Succeeded)
        {
            return member;
        }

        var wrongCurrent = result.Errors.FirstOrDefault(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
        return wrongCurrent is not null
            ? Error.Invalid("members.wrong_password", nameof(ChangePassword.CurrentPassword), wrongCurrent.Description)
            : Error.Invalid("members.password_refused", nameof(ChangePassword.NewPassword), string.Join(' ', result.Errors.Select(e => e.Description)));
    }
}
