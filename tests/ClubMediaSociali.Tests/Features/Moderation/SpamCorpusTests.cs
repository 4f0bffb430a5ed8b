using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Application.Features.Moderation;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClubMediaSociali.Tests.Features.Moderation;

public sealed class SpamCorpusTests(ClubFixture fixture, ITestOutputHelper output) : ClubTest(fixture)
{
    [Fact]
    public async Task The_corpus_spam_is_held_and_ordinary_posts_with_links_pass()
    {
        var idea = Build.Idea();
        await Fixture.InsertAsync(idea);
        var wrong = new List<string>();
        foreach (var group in SpamCorpus.Groups)
        {
            var held = 0;
            foreach (var text in group.Texts)
            {
                var isHeld = group.PostedByThreeAccounts ? await WaveIsHeldAsync(idea.Id, text) : await IsHeldAsync(group, text);
                held += isHeld ? 1 : 0;
                if (isHeld != group.Spam)
                {
                    wrong.Add($"{group.Name}: {(isHeld ? "held" : "passed")}: {text}");
                }
            }

            output.WriteLine($"{group.Name,-30} {(group.Spam ? "spam" : "ordinary"),-8} held {held,2} / passed {group.Texts.Count - held,2}");
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>One text, posted by a new account of its own.</summary>
    private async Task<bool> IsHeldAsync(SpamCorpus.Group group, string text)
    {
        var author = Build.Member();
        await Fixture.InsertAsync(author);
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var html = scope.ServiceProvider.GetRequiredService<MarkdownRenderer>().ToSafeHtml(text);
        var kind = group.Name.Contains("comment", StringComparison.Ordinal) ? ContentKind.Comment : ContentKind.Idea;
        var verdict = await scope.ServiceProvider.GetRequiredService<ContentScreening>()
            .CheckAsync(new ScreenedText(kind, Guid.CreateVersion7(), author.Id, text, html), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ClubDbContext>().SaveChangesAsync();
        return verdict.Held;
    }

    /// <summary>One text, commented by three new accounts in turn: held when all three copies are.</summary>
    private async Task<bool> WaveIsHeldAsync(Guid ideaId, string text)
    {
        var comments = new List<Guid>();
        for (var i = 0; i < SpamCorpus.WaveAccounts; i++)
        {
            var author = Build.Member();
            await Fixture.InsertAsync(author);
            var posted = await Fixture.As(author).SendAsync(new PostComment { ThreadKind = CommentThreadKind.Idea, ThreadId = ideaId, Body = text });
            comments.Add(posted.Value.Id);
        }

        return await Fixture.QueryDbAsync(db => db.Comments.IgnoreQueryFilters()
            .CountAsync(c => comments.Contains(c.Id) && c.Status == CommentStatus.Held)) == comments.Count;
    }
}
