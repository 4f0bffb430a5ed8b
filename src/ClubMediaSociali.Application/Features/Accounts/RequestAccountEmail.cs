using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Limits;
using ClubMediaSociali.Application.Data;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Accounts;

public enum AccountEmailKind
{
    PasswordReset,
    Confirmation,
    SignInLink,
}

/// <summary>
/// "Forgot password", "send the confirmation again" and "send me a link to sign in". The answer and the work are the same whether or not
/// an account exists, so the form cannot be used to find out who is a member; the mail follows the commit,
/// within the limits of <see cref="MailLimits"/>.
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

public sealed class RequestAccountEmailHandler(ClubDbContext db, MailLimits limits, TimeProvider clock) : ICommandHandler<RequestAccountEmail>
{
    public async ValueTask<Unit> Handle(RequestAccountEmail command, CancellationToken cancellationToken)
    {
        // The same work for every address: the effect finds out whether it belongs to a member, after the answer.
        var email = command.Email.Trim();
        var kind = command.Kind switch
        {
            AccountEmailKind.PasswordReset => RequestedMail.PasswordReset,
            AccountEmailKind.SignInLink => RequestedMail.SignInLink,
            _ => RequestedMail.Confirmation,
        };
        if (await limits.MaySendAsync(kind, email, cancellationToken))
        {
            db.Raise(new AccountMailRequested(email, kind), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
