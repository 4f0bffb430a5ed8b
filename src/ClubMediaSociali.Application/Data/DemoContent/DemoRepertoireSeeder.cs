using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>The repertoire: published practices with their first revision, the Primi passi paths and glossary, comments and "utile" marks.</summary>
public sealed class DemoRepertoireSeeder(ClubDbContext db, MarkdownRenderer markdown, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedPracticesAsync(cancellationToken);
        await SeedFirstStepsAsync(cancellationToken);
        await SeedConversationAsync(cancellationToken);
    }

    private async Task SeedPracticesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var demos = DemoPractices.All(now);
        var titles = demos.Select(d => d.Practice.Title).ToList();
        var existing = await db.Practices.Where(p => titles.Contains(p.Title)).Select(p => p.Title).ToListAsync(cancellationToken);
        var handles = demos.Select(d => d.AuthorHandle).ToList();
        var authors = await db.Users.Where(m => handles.Contains(m.Handle)).ToDictionaryAsync(m => m.Handle, m => m.Id, cancellationToken);
        var day = 0;
        foreach (var (handle, practice) in demos.Where(d => !existing.Contains(d.Practice.Title)))
        {
            var published = now.AddDays(-3 * ++day);
            practice.AuthorId = authors.TryGetValue(handle, out var authorId) ? authorId : null;
            practice.Status = Domain.Repertoire.PracticeStatus.Published;
            practice.BodyHtml = markdown.ToSafeHtml(practice.BodyMarkdown);
            practice.UpdatedAt = published;
            practice.SubmittedAt = published;
            practice.PublishedAt = published;
            practice.Featured = practice.Title == DemoFirstSteps.FeaturedPractice;
            db.Practices.Add(practice);
            db.PracticeRevisions.Add(PracticeRevision.FirstPublished(practice, decidedById: null, published));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedFirstStepsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var titles = DemoFirstSteps.Paths.SelectMany(p => p.Steps).Select(s => s.Practice)
            .Concat(DemoFirstSteps.Glossary.SelectMany(t => t.Related)).Distinct().ToList();
        var ids = await db.Practices.Where(p => titles.Contains(p.Title)).ToDictionaryAsync(p => p.Title, p => p.Id, cancellationToken);
        var slugs = await db.LearningPaths.Select(p => p.Slug).ToListAsync(cancellationToken);
        foreach (var (demo, position) in DemoFirstSteps.Paths.Select((p, i) => (p, i * 10)).Where(d => !slugs.Contains(Slugs.From(d.p.Title))))
        {
            var path = new LearningPath { Slug = Slugs.From(demo.Title), Title = demo.Title, Intro = demo.Intro, Position = position, CreatedAt = now, UpdatedAt = now };
            db.LearningPaths.Add(path);
            db.LearningPathSteps.AddRange(demo.Steps.Where(s => ids.ContainsKey(s.Practice)).Select((s, i) => new LearningPathStep
            {
                PathId = path.Id,
                Number = i + 1,
                PracticeId = ids[s.Practice],
                Note = s.Note,
            }));
        }

        var existing = await db.GlossaryTerms.Select(t => t.Slug).ToListAsync(cancellationToken);
        foreach (var term in DemoFirstSteps.Glossary.Where(t => !existing.Contains(Slugs.From(t.Name))))
        {
            db.GlossaryTerms.Add(new GlossaryTerm
            {
                Term = term.Name,
                Slug = Slugs.From(term.Name),
                Definition = term.Definition,
                RelatedPracticeIds = [.. term.Related.Where(ids.ContainsKey).Select(t => ids[t])],
                UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Comments and "utile" marks on the demo practices, added once; the counters are recomputed from the marks.</summary>
    private async Task SeedConversationAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var practices = await db.Practices.Where(p => p.Status == Domain.Repertoire.PracticeStatus.Published)
            .ToDictionaryAsync(p => p.Title, p => p.Id, cancellationToken);
        var members = await DemoSeeding.MembersByHandleAsync(db, cancellationToken);
        var commented = await db.Comments.Select(c => c.ThreadId).Distinct().ToListAsync(cancellationToken);
        var minutes = 0;
        foreach (var demo in DemoFirstSteps.Comments.Where(c => practices.ContainsKey(c.Practice) && !commented.Contains(practices[c.Practice])))
        {
            var comment = DemoSeeding.Comment(markdown, CommentThreadKind.Practice, practices[demo.Practice], null, members.GetValueOrDefault(demo.AuthorHandle), demo.Body, now.AddMinutes(-600 + (minutes += 30)));
            db.Comments.Add(comment);
            if (demo.ReplyHandle is not null && demo.ReplyBody is not null)
            {
                db.Comments.Add(DemoSeeding.Comment(markdown, CommentThreadKind.Practice, practices[demo.Practice], comment.Id, members.GetValueOrDefault(demo.ReplyHandle), demo.ReplyBody, now.AddMinutes(-600 + (minutes += 30))));
            }
        }

        foreach (var (title, handles) in DemoFirstSteps.Useful.Where(u => practices.ContainsKey(u.Practice)))
        {
            var practiceId = practices[title];
            foreach (var memberId in handles.Where(members.ContainsKey).Select(h => members[h]))
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO practice_useful_marks (practice_id, member_id, at) VALUES ({practiceId}, {memberId}, {now}) ON CONFLICT DO NOTHING",
                    cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE practices p SET useful_count = (SELECT count(*) FROM practice_useful_marks m WHERE m.practice_id = p.id)",
            cancellationToken);
    }
}
