using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>The public "Registro delle decisioni": every status change of every idea, newest first.</summary>
public sealed record GetDecisionLog(string? After = null) : IQuery<DecisionPage>
{
    public const int PageSize = 30;
}

public sealed record DecisionPage(IReadOnlyList<DecisionItem> Items, string? Next);

public sealed class GetDecisionLogHandler(ClubDbContext db) : IQueryHandler<GetDecisionLog, DecisionPage>
{
    public async ValueTask<DecisionPage> Handle(GetDecisionLog query, CancellationToken cancellationToken)
    {
        var decisions = db.IdeaDecisions.AsNoTracking();
        if (KeysetCursor.Parse(query.After) is { } after)
        {
            decisions = decisions.Where(d => EF.Functions.LessThan(ValueTuple.Create(d.At, d.Id), ValueTuple.Create(after.At, after.Id)));
        }

        var rows = await DecisionLog.Items(db, decisions.OrderByDescending(d => d.At).ThenByDescending(d => d.Id).Take(GetDecisionLog.PageSize + 1))
            .ToListAsync(cancellationToken);
        var page = rows.Take(GetDecisionLog.PageSize).ToList();
        return new DecisionPage(page, rows.Count > GetDecisionLog.PageSize ? new KeysetCursor(page[^1].At, page[^1].Id).ToString() : null);
    }
}
