using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Members;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace ClubMediaSociali.Application.Features.Accounts;

/// <summary>The member opens the link from the confirmation email.</summary>
[ChangesNoPublicPage("members are counted and listed from the moment they sign up; confirming the address changes nothing a visitor sees")]
public sealed record ConfirmEmail(Guid MemberId, string Token) : ICommand<Result<Member>>;

public sealed class ConfirmEmailHandler(UserManager<Member> users) : ICommandHandler<ConfirmEmail, Result<Member>>
{
    public async ValueTask<Result<Member>> Handle(ConfirmEmail command, CancellationToken cancellationToken)
    {
        var member = await users.FindByIdAsync(command.MemberId.ToString());
        if (member is null || member.DeletedAt is not null || string.IsNullOrEmpty(command.Token))
        {
            return ConfirmEmailErrors.InvalidLink;
        }

        // Already confirmed: the link still has to be genuine, since the page it opens shows the address.
        if (member.EmailConfirmed)
        {
            return await users.VerifyUserTokenAsync(member, users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<Member>.ConfirmEmailTokenPurpose, command.Token)
                ? member
                : ConfirmEmailErrors.InvalidLink;
        }

        var result = await users.ConfirmEmailAsync(member, command.Token);
        return result.Succeeded ? member : ConfirmEmailErrors.InvalidLink;
    }
}
