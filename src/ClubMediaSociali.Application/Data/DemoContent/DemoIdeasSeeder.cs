using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Ideas;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>The network of ideas: ideas with their votes, followers, comments and decisions.</summary>
public sealed class DemoIdeasSeeder(ClubDbContext db, MarkdownRenderer markdown, TimeProvider clock, ILogger<DemoIdeasSeeder> logger)
{
    /// <summary>
    /// The demo ideas with their votes, followers, comments and decisions, each added once with the idea.
    /// Counters and scores are computed from what is written, with the same formulas the vote statement uses.
    /// </summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var titles = DemoIdeas.All.Select(d => d.Title).ToList();
        var existing = await db.Ideas.Where(i => titles.Contains(i.Title)).ToDictionaryAsync(i => i.Title, i => i.Id, cancellationToken);
        var members = await DemoSeeding.MembersByHandleAsync(db, cancellationToken);
        var moderatorId = members.GetValueOrDefault("moderazione");
        var added = new List<(DemoIdeas.Demo Demo, Idea Idea)>();
        foreach (var demo in DemoIdeas.All.Where(d => !existing.ContainsKey(d.Title)))
        {
            var posted = now.AddDays(-demo.DaysAgo).AddHours(-3);
            var idea = new Idea
            {
                Title = demo.Title,
                BodyMarkdown = demo.Body,
                BodyHtml = markdown.ToSafeHtml(demo.Body),
                Tags = demo.Tags,
                RoleIds = demo.RoleIds,
                AuthorId = members.TryGetValue(demo.AuthorHandle, out var authorId) ? authorId : null,
                Status = demo.Steps.Length > 0 ? demo.Steps[^1].To : IdeaStatus.New,
                CreatedAt = posted,
                UpdatedAt = posted,
            };
            idea.Rank();
            existing[demo.Title] = idea.Id;
            added.Add((demo, idea));
            db.Ideas.Add(idea);
            AddIdeaActivity(demo, idea, members, moderatorId);
        }

        foreach (var (demo, idea) in added.Where(a => a.Demo.DuplicateOf is not null))
        {
            idea.DuplicateOfId = existing[demo.DuplicateOf!];
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo content: {Added} ideas added", added.Count);
    }

    private void AddIdeaActivity(DemoIdeas.Demo demo, Idea idea, Dictionary<string, Guid> members, Guid moderatorId)
    {
        var at = idea.CreatedAt;
        if (idea.AuthorId is not null)
        {
            db.IdeaFollowers.Add(IdeaFollower.Author(idea));
        }

        foreach (var (handles, value) in new[] { (demo.VotesFor, IdeaVote.For), (demo.VotesAgainst, IdeaVote.Against) })
        {
            foreach (var memberId in handles.Where(members.ContainsKey).Select(h => members[h]))
            {
                db.IdeaVotes.Add(new IdeaVote { IdeaId = idea.Id, MemberId = memberId, Value = value, At = at = at.AddMinutes(47) });
                idea.CountVote(value);
            }
        }

        var comments = AddTalk(demo.Comments, CommentThreadKind.Idea, idea.Id, members, idea.CreatedAt.AddHours(5));

        var from = IdeaStatus.New;
        IdeaDecision? last = null;
        foreach (var step in demo.Steps)
        {
            last = new IdeaDecision
            {
                IdeaId = idea.Id,
                FromStatus = from,
                ToStatus = step.To,
                Reason = step.Reason,
                DecidedById = moderatorId == Guid.Empty ? null : moderatorId,
                At = clock.GetUtcNow().AddDays(-step.DaysAgo),
            };
            db.IdeaDecisions.Add(last);
            from = step.To;
        }

        if (last is not null && demo.DecisionComment is { } talk)
        {
            AddTalk([talk], CommentThreadKind.Decision, last.Id, members, last.At.AddHours(2));
        }

        idea.CommentCount = comments.Count;
        idea.EngagedAt = idea.VotesFor + idea.VotesAgainst + comments.Count > 0 ? idea.CreatedAt.AddMinutes(47) : null;
    }

    private List<Comment> AddTalk(IEnumerable<DemoIdeas.Talk> talk, CommentThreadKind kind, Guid threadId, Dictionary<string, Guid> members, DateTimeOffset start)
    {
        var added = new List<Comment>();
        var at = start;
        foreach (var item in talk.Where(t => members.ContainsKey(t.AuthorHandle)))
        {
            var comment = DemoSeeding.Comment(markdown, kind, threadId, null, members[item.AuthorHandle], item.Body, at = at.AddMinutes(95));
            added.Add(comment);
            if (item.ReplyHandle is not null && item.ReplyBody is not null && members.TryGetValue(item.ReplyHandle, out var replier))
            {
                added.Add(DemoSeeding.Comment(markdown, kind, threadId, comment.Id, replier, item.ReplyBody, at = at.AddMinutes(40)));
            }
        }

        db.Comments.AddRange(added);
        return added;
    }
}
