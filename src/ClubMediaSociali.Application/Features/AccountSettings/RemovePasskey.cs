using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Features.Members;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.AccountSettings;
/// <summary>Removes one of the member's passkeys, unless it is their last way in (they would be locked out).</summary>
[ChangesNoPublicPage("A member's own passkeys.")]
public sealed record RemovePasskey(string Id) : ICommand<Result<string>>;

public sealed class RemovePasskeyHandler(ICurrentMember currentMember, ClubDbContext db, IStringLocalizer<ValidationMessages> text)
    : ICommandHandler<RemovePasskey, Result<string>>
{
    public async ValueTask<Result<string>> Handle(RemovePasskey command, CancellationToken cancellationToken)
    {
        var passkey = await PasskeyIds.FindAsync(db, currentMember.RequiredId, command.Id, cancellationToken);
        if (passkey is null)
        {
            return ProfileErrors.NotFound;
        }

        if (await WaysIn.RefuseLastAsync(db, currentMember.RequiredId, text, cancellationToken) is { } refused)
        {
            return refused;
        }

        db.UserPasskeys.Remove(passkey);
        await db.SaveChangesAsync(cancellationToken);
        return passkey.Data.Name ?? "";
    }
}
