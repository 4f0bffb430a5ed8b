using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Limits;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Members;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>A member asks to use another address; nothing changes until they confirm it from that address.</summary>
[ChangesNoPublicPage("An address, shown nowhere public.")]
public sealed record RequestEmailChange : ICommand<Result<string>>
{
    public string NewEmail { get; init; } = "";
}

public sealed class RequestEmailChangeValidator : AbstractValidator<RequestEmailChange>
{
    public RequestEmailChangeValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.NewEmail).ClubEmail(text);
    }
}

public sealed class RequestEmailChangeHandler(
    ICurrentMember currentMember, UserManager<Member> users, AccountEmails emails, MailLimits limits, IStringLocalizer<ValidationMessages> text)
    : ICommandHandler<RequestEmailChange, Result<string>>
{
    public async ValueTask<Result<string>> Handle(RequestEmailChange command, CancellationToken cancellationToken)
    {
        var member = await users.FindByIdAsync(currentMember.RequiredId.ToString());
        if (member is null || member.DeletedAt is not null)
        {
            return ProfileErrors.NotFound;
        }

        var email = command.NewEmail.Trim();
        if (string.Equals(email, member.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Error.Invalid("members.same_email", nameof(RequestEmailChange.NewEmail), text["È già il tuo indirizzo attuale."]);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return Error.Invalid("members.email_taken", nameof(RequestEmailChange.NewEmail),
                text["Questo indirizzo è già usato da un altro account."]);
        }

        // Within the mail limits, silently: asking again within ten minutes sends nothing new.
        if (await limits.MaySendAsync(RequestedMail.EmailChange, email, cancellationToken))
        {
            await emails.SendEmailChangeAsync(member, email, cancellationToken);
        }

        return email;
    }
}
