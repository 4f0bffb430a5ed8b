using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>
/// A member's contacts, by name, a page at a time, if the member's setting lets the viewer see them:
/// everyone, members, contacts only, or no one but the member.
/// </summary>
public sealed record ListContacts(string Handle, Language Language, string? After = null) : IQuery<Result<ContactsPage>>
{
    public const int PageSize = 48;
}

public sealed record ContactsPage(Person Owner, ContactsVisibility Visibility, int Count, IReadOnlyList<Person> Contacts, string? Next, bool IsOwn);

public sealed class ListContactsHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<ListContacts, Result<ContactsPage>>
{
    public async ValueTask<Result<ContactsPage>> Handle(ListContacts query, CancellationToken cancellationToken)
    {
        var owner = await db.Users.AsNoTracking()
            .Where(m => m.Handle == query.Handle && m.DeletedAt == null)
            .Select(m => new { m.Id, m.Visibility, m.ContactsVisibility })
            .SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return ConnectionErrors.NotFound;
        }

        if (!await ConnectionPermissions.MaySeeContactsAsync(db, currentMember, owner.Id, owner.Visibility, owner.ContactsVisibility, cancellationToken))
        {
            return ContactsErrors.Hidden;
        }

        var ids = People.ContactIds(db, owner.Id);
        var contacts = db.Users.AsNoTracking().Where(m => ids.Contains(m.Id) && m.DeletedAt == null);
        var count = await contacts.CountAsync(cancellationToken);
        if (NameCursor.Parse(query.After) is { } cursor)
        {
            contacts = contacts.Where(m => EF.Functions.GreaterThan(ValueTuple.Create(m.DisplayName, m.Id), ValueTuple.Create(cursor.Name, cursor.Id)));
        }

        var page = await People.Project(contacts.OrderBy(m => m.DisplayName).ThenBy(m => m.Id).Take(ListContacts.PageSize + 1), query.Language)
            .ToListAsync(cancellationToken);
        var ownerPerson = await People.Project(db.Users.Where(m => m.Id == owner.Id), query.Language).SingleAsync(cancellationToken);
        var next = page.Count > ListContacts.PageSize ? new NameCursor(page[ListContacts.PageSize - 1].DisplayName, page[ListContacts.PageSize - 1].Id).ToString() : null;
        return new ContactsPage(ownerPerson, owner.ContactsVisibility, count, page.Take(ListContacts.PageSize).ToList(), next, ConnectionPermissions.IsOwner(currentMember, owner.Id));
    }
}
