using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>The whole glossary in alphabetical order, each term with its related published practices.</summary>
public sealed record GetGlossary : IQuery<IReadOnlyList<GlossaryEntry>>;

public sealed record GlossaryEntry(Guid Id, string Term, string Slug, string Definition, IReadOnlyList<PracticeLink> Related);

public sealed record PracticeLink(Guid Id, string Title);

public sealed class GetGlossaryHandler(ClubDbContext db) : IQueryHandler<GetGlossary, IReadOnlyList<GlossaryEntry>>
{
    public async ValueTask<IReadOnlyList<GlossaryEntry>> Handle(GetGlossary query, CancellationToken cancellationToken)
    {
        var terms = await db.GlossaryTerms.AsNoTracking().OrderBy(t => t.Slug).Take(1000).ToListAsync(cancellationToken);
        var ids = terms.SelectMany(t => t.RelatedPracticeIds).Distinct().ToArray();
        var titles = await db.Practices.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.Status == PracticeStatus.Published)
            .Select(p => new PracticeLink(p.Id, p.Title))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return terms
            .Select(t => new GlossaryEntry(t.Id, t.Term, t.Slug, t.Definition,
                t.RelatedPracticeIds.Where(titles.ContainsKey).Select(id => titles[id]).ToList()))
            .ToList();
    }
}
