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

/// <summary>The member's passkeys, oldest first, with their names and whether the device keeps them in sync.</summary>
public sealed record ListMyPasskeys : IQuery<IReadOnlyList<PasskeyView>>;

/// <param name="Id">The credential id, base64url, as it goes in addresses.</param>
/// <param name="Synced">The authenticator backs it up (a phone's or a password manager's passkey), so losing one device does not lose it.</param>
public sealed record PasskeyView(string Id, string Name, DateTimeOffset CreatedAt, bool Synced);

public sealed class ListMyPasskeysHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<ListMyPasskeys, IReadOnlyList<PasskeyView>>
{
    public async ValueTask<IReadOnlyList<PasskeyView>> Handle(ListMyPasskeys query, CancellationToken cancellationToken)
    {
        var rows = await db.UserPasskeys.AsNoTracking().Where(p => p.UserId == currentMember.RequiredId).ToListAsync(cancellationToken);
        return rows
            .OrderBy(p => p.Data.CreatedAt)
            .Select(p => new PasskeyView(PasskeyIds.IdOf(p.CredentialId), p.Data.Name ?? "", p.Data.CreatedAt, p.Data.IsBackedUp))
            .ToList();
    }
}
