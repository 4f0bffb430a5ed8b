using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>"Le mie idee": the member's ideas with their status, votes and comments, the newest first; held ones included, marked.</summary>
public sealed record GetMyIdeas : IQuery<IReadOnlyList<MyIdea>>;

public sealed record MyIdea(Guid Id, string Title, IdeaStatus Status, int VotesFor, int VotesAgainst, int CommentCount, DateTimeOffset CreatedAt, bool Held);

public sealed class GetMyIdeasHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetMyIdeas, IReadOnlyList<MyIdea>>
{
    public async ValueTask<IReadOnlyList<MyIdea>> Handle(GetMyIdeas query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        return await db.Ideas.AsNoTracking().IgnoreQueryFilters([ClubDbContext.ScreeningFilter])
            .Where(i => i.AuthorId == me && i.Screening != Screening.Spam)
            .OrderByDescending(i => i.CreatedAt)
            .Select(i => new MyIdea(i.Id, i.Title, i.Status, i.VotesFor, i.VotesAgainst, i.CommentCount, i.CreatedAt, i.Screening == Screening.Held))
            .ToListAsync(cancellationToken);
    }
}
