using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Accounts;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>The member opens the link sent to the new address; the address (and the sign-in name) change.</summary>
[ChangesNoPublicPage("An address, shown nowhere public.")]
public sealed record ConfirmEmailChange(Guid MemberId, string NewEmail, string Token) : ICommand<Result<Member>>;

public sealed class ConfirmEmailChangeHandler(UserManager<Member> users) : ICommandHandler<ConfirmEmailChange, Result<Member>>
{
    public async ValueTask<Result<Member>> Handle(ConfirmEmailChange command, CancellationToken cancellationToken)
    {
        var member = await users.FindByIdAsync(command.MemberId.ToString());
        if (member is null || member.DeletedAt is not null)
        {
            return ConfirmEmailErrors.InvalidLink;
        }

        var changed = await users.ChangeEmailAsync(member, command.NewEmail, command.Token);
        if (!changed.Succeeded)
        {
            return ConfirmEmailErrors.InvalidLink;
        }

        var renamed = await users.SetUserNameAsync(member, command.NewEmail);
        return renamed.Succeeded ? member : ConfirmEmailErrors.InvalidLink;
    }
}
