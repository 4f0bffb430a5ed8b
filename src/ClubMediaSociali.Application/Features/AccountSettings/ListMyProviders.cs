using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>The providers the member's account is linked to, by scheme, and whether they also have a password.</summary>
public sealed record ListMyProviders : IQuery<MyProviders>;

public sealed record MyProviders(IReadOnlySet<string> Linked, bool HasPassword);

public sealed class ListMyProvidersHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<ListMyProviders, MyProviders>
{
    public async ValueTask<MyProviders> Handle(ListMyProviders query, CancellationToken cancellationToken)
    {
        var linked = await db.UserLogins.AsNoTracking().Where(l => l.UserId == currentMember.RequiredId).Select(l => l.LoginProvider).ToListAsync(cancellationToken);
        var hasPassword = await db.Users.AnyAsync(m => m.Id == currentMember.RequiredId && m.PasswordHash != null, cancellationToken);
        return new MyProviders(linked.ToHashSet(), hasPassword);
    }
}
