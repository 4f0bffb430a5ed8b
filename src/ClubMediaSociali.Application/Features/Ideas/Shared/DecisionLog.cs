using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;

namespace ClubMediaSociali.Application.Features.Ideas;

internal static class DecisionLog
{
    public static IQueryable<DecisionItem> Items(ClubDbContext db, IQueryable<IdeaDecision> decisions)
    {
        var decisionKind = Domain.Comments.CommentThreadKind.Decision;
        var visible = Domain.Comments.CommentStatus.Visible;
        return decisions.Select(d => new DecisionItem(
            d.Id, d.IdeaId, db.Ideas.Where(i => i.Id == d.IdeaId).Select(i => i.Title).First(), d.FromStatus, d.ToStatus, d.Reason,
            db.Users.Where(m => m.Id == d.DecidedById && m.DeletedAt == null).Select(m => m.DisplayName).FirstOrDefault(), d.At,
            db.Comments.Count(c => c.ThreadKind == decisionKind && c.ThreadId == d.Id && c.Status == visible)));
    }
}
