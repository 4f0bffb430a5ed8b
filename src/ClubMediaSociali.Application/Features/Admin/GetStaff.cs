using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Admin;

/// <summary>Who holds a staff role: shown publicly on the governance page and to admins.</summary>
public sealed record GetStaff : IQuery<IReadOnlyList<StaffMember>>;

public sealed record StaffMember(Guid Id, string Handle, string DisplayName, string Role);

public sealed class GetStaffHandler(ClubDbContext db) : IQueryHandler<GetStaff, IReadOnlyList<StaffMember>>
{
    public async ValueTask<IReadOnlyList<StaffMember>> Handle(GetStaff query, CancellationToken cancellationToken) =>
        await (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               join m in db.Users on ur.UserId equals m.Id
               where m.DeletedAt == null && (r.Name == StaffRoles.Admin || r.Name == StaffRoles.Moderator)
               orderby r.Name, m.DisplayName
               select new StaffMember(m.Id, m.Handle, m.DisplayName, r.Name!))
            .ToListAsync(cancellationToken);
}
