using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>What waits for a moderator: the count shown in the navigation and on the moderation desk.</summary>
public sealed record CountModerationWork : IQuery<ModerationWork>;

/// <param name="Practices">New practices and revisions of published ones submitted for review.</param>
/// <param name="Comments">Comments hidden by members' flags.</param>
/// <param name="Held">Contributions the content check held (comments among them).</param>
/// <param name="Appeals">Suspended members' appeals.</param>
/// <param name="Reports">Reported messages and conversations.</param>
public sealed record ModerationWork(int Practices, int Comments, int Held, int Appeals, int Reports)
{
    public int Total => Practices + Comments + Held + Appeals + Reports;
}

public sealed class CountModerationWorkHandler(ClubDbContext db) : IQueryHandler<CountModerationWork, ModerationWork>
{
    public async ValueTask<ModerationWork> Handle(CountModerationWork query, CancellationToken cancellationToken)
    {
        var practices = await db.Practices.CountAsync(p => p.Status == PracticeStatus.Submitted, cancellationToken)
            + await db.PracticeRevisions.CountAsync(r => r.Status == RevisionStatus.Submitted, cancellationToken);
        var comments = await db.Comments.CountAsync(c => c.Status == CommentStatus.Hidden, cancellationToken);
        var held = await db.HeldItems.CountAsync(h => h.DecidedAt == null, cancellationToken);
        var appeals = await db.SuspensionAppeals.CountAsync(a => a.ClosedAt == null, cancellationToken);
        var reports = await db.MessageReports.CountAsync(r => r.ClosedAt == null, cancellationToken);
        return new ModerationWork(practices, comments, held, appeals, reports);
    }
}
