using System.Text.RegularExpressions;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Admin;

/// <summary>The latest staff actions, newest first, each with what it was about named and linked.</summary>
public sealed record GetAuditLog(int Count = 50) : IQuery<IReadOnlyList<AuditLine>>;

/// <summary>
/// One staff action as the admin page tells it: <paramref name="Subject"/> names what was acted on (a
/// member, a practice's title...), <paramref name="Link"/> leads to it while it exists. An idea's change
/// of status carries both statuses; a staff role change carries the role.
/// </summary>
public sealed record AuditLine(
    DateTimeOffset At,
    string? Actor,
    string? ActorHandle,
    string Action,
    string Subject,
    Target? Link,
    string? Details,
    string? Reason,
    IdeaStatus? FromStatus = null,
    IdeaStatus? ToStatus = null);

public sealed partial class GetAuditLogHandler(ClubDbContext db) : IQueryHandler<GetAuditLog, IReadOnlyList<AuditLine>>
{
    public async ValueTask<IReadOnlyList<AuditLine>> Handle(GetAuditLog query, CancellationToken cancellationToken)
    {
        var entries = await (from a in db.AuditLog
                             join actor in db.Users on a.ActorId equals actor.Id into actors
                             from actor in actors.DefaultIfEmpty()
                             orderby a.At descending
                             select new Entry(a.At, actor == null ? null : actor.DisplayName, actor == null ? null : actor.Handle, a.Action, a.TargetType, a.TargetId, a.Details, a.Reason))
            .Take(Math.Clamp(query.Count, 1, 200))
            .ToListAsync(cancellationToken);

        // One query per kind of thing named, whatever the number of lines.
        var members = await db.Users.Where(m => IdsOf(entries, AuditTargets.Member).Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => (m.DisplayName, m.Handle), cancellationToken);
        var companies = await db.Companies.Where(c => IdsOf(entries, AuditTargets.Company).Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken);
        var paths = await db.LearningPaths.Where(p => IdsOf(entries, AuditTargets.LearningPath).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Slug, cancellationToken);
        var terms = await db.GlossaryTerms.Where(t => IdsOf(entries, AuditTargets.GlossaryTerm).Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Slug, cancellationToken);
        var comments = await db.Comments.Where(c => IdsOf(entries, AuditTargets.Comment).Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => (c.ThreadKind, c.ThreadId), cancellationToken);

        return entries.Select(e =>
        {
            var id = Guid.TryParse(e.TargetId, out var parsed) ? parsed : Guid.Empty;
            var subject = e.Details ?? "";
            Target? link = null;
            switch (e.TargetType)
            {
                case AuditTargets.Member when members.TryGetValue(id, out var member):
                    subject = member.DisplayName;
                    link = Target.Member(member.Handle);
                    break;
                case AuditTargets.Member:
                    subject = "";
                    break;
                case AuditTargets.Company when companies.TryGetValue(id, out var slug):
                    link = Target.Company(slug);
                    break;
                case AuditTargets.LearningPath when paths.TryGetValue(id, out var slug):
                    link = Target.LearningPath(slug);
                    break;
                case AuditTargets.GlossaryTerm when terms.TryGetValue(id, out var slug):
                    link = Target.GlossaryTerm(slug);
                    break;
                case AuditTargets.Comment when comments.TryGetValue(id, out var thread):
                    link = ThreadOf(thread.ThreadKind, thread.ThreadId).AtComment(id);
                    break;
                case AuditTargets.Idea:
                    link = Target.Idea(id);
                    break;
                case AuditTargets.Opportunity:
                    link = Target.Opportunity(id);
                    break;
                case AuditTargets.Practice:
                    link = Target.Practice(id);
                    break;
                case AuditTargets.ProfessionalRole:
                    link = Target.ProfessionalRoles;
                    break;
            }

            if (e.Action == AuditActions.ChangeIdeaStatus && StatusChange().Match(subject) is { Success: true } change
                && Enum.TryParse<IdeaStatus>(change.Groups["from"].Value, out var from) && Enum.TryParse<IdeaStatus>(change.Groups["to"].Value, out var to))
            {
                return new AuditLine(e.At, e.Actor, e.ActorHandle, e.Action, change.Groups["title"].Value, link, null, e.Reason, from, to);
            }

            // Staff roles keep the role in the details; the subject is the member.
            var details = e.TargetType is AuditTargets.Member or AuditTargets.ProfessionalRole ? e.Details : null;
            return new AuditLine(e.At, e.Actor, e.ActorHandle, e.Action, subject, link, details, e.Reason);
        }).ToList();
    }

    private static List<Guid> IdsOf(List<Entry> entries, string targetType) =>
        entries.Where(e => e.TargetType == targetType && Guid.TryParse(e.TargetId, out _)).Select(e => Guid.Parse(e.TargetId)).Distinct().ToList();

    private static Target ThreadOf(CommentThreadKind kind, Guid threadId) => kind switch
    {
        CommentThreadKind.Practice => Target.Practice(threadId),
        CommentThreadKind.Idea => Target.Idea(threadId),
        CommentThreadKind.Decision => Target.IdeaDecision(threadId),
        CommentThreadKind.Event => Target.Event(threadId),
        _ => Target.Opportunity(threadId),
    };

    [GeneratedRegex(@"^(?<from>\w+) → (?<to>\w+): (?<title>.*)$", RegexOptions.Singleline)]
    private static partial Regex StatusChange();

    private sealed record Entry(DateTimeOffset At, string? Actor, string? ActorHandle, string Action, string TargetType, string TargetId, string? Details, string? Reason);
}
