using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Domain.Members;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Accounts;

public enum AccountEmailKind
{
    PasswordReset,
    Confirmation,
}

/// <summary>
/// "Forgot password" and "send the confirmation again". The answer is the same whether or not an
/// account exists, so the form cannot be used to find out who is a member.
/// </summary>
[ChangesNoPublicPage("Mail to the member; nothing is stored that a page shows.")]
public sealed record RequestAccountEmail : ICommand
{
    public string Email { get; init; } = "";

    public AccountEmailKind Kind { get; init; }
}

public sealed class RequestAccountEmailValidator : AbstractValidator<RequestAccountEmail>
{
    public RequestAccountEmailValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Email).ClubEmail(text);
    }
}

public sealed class RequestAccountEmailHandler(UserManager<Member> users, AccountEmails emails) : ICommandHandler<RequestAccountEmail>
{
    public async ValueTask<Unit> Handle(RequestAccountEmail command, CancellationToken cancellationToken)
    {
        var member = await users.FindByEmailAsync(command.Email.Trim());
        if (member is null || member.DeletedAt is not null)
        {
            return Unit.Value;
        }

        switch (command.Kind)
        {
            case AccountEmailKind.PasswordReset:
                await emails.SendPasswordResetAsync(member, cancellationToken);
                break;
            case AccountEmailKind.Confirmation when !member.EmailConfirmed:
                await emails.SendConfirmationAsync(member, cancellationToken);
                break;
        }

        return Unit.Value;
    }
}
