using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>
/// One practice. Published ones are public; drafts, submissions and sent-back or rejected ones are
/// visible only to their author and to moderators.
/// </summary>
public sealed record GetPractice(Guid PracticeId, Guid? ViewerId, bool ViewerIsModerator, string Culture) : IQuery<Result<PracticeView>>;

public sealed record PracticeView(
    Practice Practice,
    string? AuthorName,
    string? AuthorHandle,
    IReadOnlyList<string> TargetRoles,
    bool ViewerIsAuthor);

public sealed class GetPracticeHandler(ClubDbContext db) : IQueryHandler<GetPractice, Result<PracticeView>>
{
    public async ValueTask<Result<PracticeView>> Handle(GetPractice query, CancellationToken cancellationToken)
    {
        var english = query.Culture == "en";
        var row = await db.Practices
            .AsNoTracking()
            .Where(p => p.Id == query.PracticeId)
            .Select(p => new
            {
                Practice = p,
                Author = db.Users.Where(m => m.Id == p.AuthorId).Select(m => new { m.DisplayName, m.Handle, m.DeletedAt }).FirstOrDefault(),
                Roles = db.ProfessionalRoles.Where(r => p.TargetRoleIds.Contains(r.Id)).OrderBy(r => r.SortOrder)
                    .Select(r => english ? r.NameEn : r.NameIt).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return PracticeErrors.NotFound;
        }

        var isAuthor = query.ViewerId is not null && row.Practice.AuthorId == query.ViewerId;
        if (row.Practice.Status != PracticeStatus.Published && !isAuthor && !query.ViewerIsModerator)
        {
            return PracticeErrors.NotFound;
        }

        // A former member's row keeps the placeholder name "Ex membro": the view localizes it from null.
        var deleted = row.Author?.DeletedAt is not null;
        return new PracticeView(
            row.Practice,
            deleted ? null : row.Author?.DisplayName,
            deleted ? null : row.Author?.Handle,
            row.Roles,
            isAuthor);
    }
}
