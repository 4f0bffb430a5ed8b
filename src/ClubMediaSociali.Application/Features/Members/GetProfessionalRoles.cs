using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>The role taxonomy, grouped and ordered, with names in the reader's language: for pickers and filters.</summary>
public sealed record GetProfessionalRoles(Language Language) : IQuery<IReadOnlyList<RoleGroupOption>>;

public sealed record RoleGroupOption(int Id, string Key, string Name, IReadOnlyList<RoleOption> Roles);

public sealed record RoleOption(int Id, string Key, string Name);

public sealed class GetProfessionalRolesHandler(ClubDbContext db) : IQueryHandler<GetProfessionalRoles, IReadOnlyList<RoleGroupOption>>
{
    public async ValueTask<IReadOnlyList<RoleGroupOption>> Handle(GetProfessionalRoles query, CancellationToken cancellationToken)
    {
        var english = query.Language == Language.English;
        var groups = await db.ProfessionalRoleGroups
            .AsNoTracking()
            .OrderBy(g => g.SortOrder)
            .Select(g => new RoleGroupOption(
                g.Id,
                g.Key,
                english ? g.NameEn : g.NameIt,
                g.Roles.OrderBy(r => r.SortOrder).Select(r => new RoleOption(r.Id, r.Key, english ? r.NameEn : r.NameIt)).ToList()))
            .ToListAsync(cancellationToken);
        return groups;
    }
}
