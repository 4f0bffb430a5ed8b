using System.Globalization;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Events;
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
