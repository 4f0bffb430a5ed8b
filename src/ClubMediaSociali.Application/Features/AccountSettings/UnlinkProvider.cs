using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Features.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>Unlinks the member's account at a provider, unless it is their last way in.</summary>
[ChangesNoPublicPage("A member's own ways in.")]
public sealed record UnlinkProvider(string Provider) : ICommand<Result<string>>;

public sealed class UnlinkProviderHandler(ICurrentMember currentMember, ClubDbContext db, IStringLocalizer<ValidationMessages> text)
    : ICommandHandler<UnlinkProvider, Result<string>>
{
    public async ValueTask<Result<string>> Handle(UnlinkProvider command, CancellationToken cancellationToken)
    {
        var login = await db.UserLogins.SingleOrDefaultAsync(l => l.UserId == currentMember.RequiredId && l.LoginProvider == command.Provider, cancellationToken);
        if (login is null)
        {
            return ProfileErrors.NotFound;
        }

        if (await WaysIn.RefuseLastAsync(db, currentMember.RequiredId, text, cancellationToken) is { } refused)
        {
            return refused;
        }

        db.UserLogins.Remove(login);
        await db.SaveChangesAsync(cancellationToken);
        return login.ProviderDisplayName ?? login.LoginProvider;
    }
}
