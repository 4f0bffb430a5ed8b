using System.Globalization;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Limits;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;

namespace ClubMediaSociali.Application.Features.Accounts;

/// <summary>A visitor joined the Club; their address is not confirmed yet.</summary>
public sealed record MemberSignedUp(Guid MemberId) : IDomainEvent;

/// <summary>
/// Mails the new member the link that confirms their address, in the language they signed up in. A mail
/// cannot share the effect's transaction: in the rare case that the record of it fails after sending,
/// the member gets a second link, which works as well as the first.
/// </summary>
public sealed class SendConfirmationMail(UserManager<Member> users, AccountEmails emails) : IEffect<MemberSignedUp>
{
    public async Task RunAsync(MemberSignedUp signedUp, CancellationToken cancellationToken)
    {
        var member = await users.FindByIdAsync(signedUp.MemberId.ToString());
        if (member is null || member.EmailConfirmed || member.DeletedAt is not null)
        {
            return;
        }

        // Set here, the culture holds for this effect's continuations only, not for the dispatcher.
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(Languages.FromCode(member.Culture).Code());
        await emails.SendConfirmationAsync(member, cancellationToken);
    }
}

/// <summary>
/// A visitor asked for a mail about the account at <paramref name="Email"/>: a password reset, the confirmation
/// again, a sign-in link, or (signing up with an address already in use) a word to its owner. Raised whether or
/// not the address belongs to a member, so the request does the same work and gets the same answer either way.
/// </summary>
public sealed record AccountMailRequested(string Email, RequestedMail Kind) : IDomainEvent;

/// <summary>Mails the member at the requested address, if there is one; for an unknown address nothing happens.</summary>
public sealed class SendAccountMail(UserManager<Member> users, AccountEmails emails) : IEffect<AccountMailRequested>
{
    public async Task RunAsync(AccountMailRequested requested, CancellationToken cancellationToken)
    {
        var member = await users.FindByEmailAsync(requested.Email);
        if (member is null || member.DeletedAt is not null)
        {
            return;
        }

        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(Languages.FromCode(member.Culture).Code());
        switch (requested.Kind)
        {
            case RequestedMail.PasswordReset:
                await emails.SendPasswordResetAsync(member, cancellationToken);
                break;
            case RequestedMail.Confirmation when !member.EmailConfirmed:
                await emails.SendConfirmationAsync(member, cancellationToken);
                break;
            case RequestedMail.SignInLink:
                await emails.SendSignInLinkAsync(member, cancellationToken);
                break;
            case RequestedMail.AlreadyMember:
                await emails.SendAlreadyMemberAsync(member, cancellationToken);
                break;
        }
    }
}
