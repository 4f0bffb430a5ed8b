using System.Net;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Application.Features.Following;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Application.Features.Moderation;
using ClubMediaSociali.Application.Features.Repertoire;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Following;

public sealed class MentionTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public void Only_handles_outside_code_and_addresses_are_mentions_each_once_in_order()
    {
        var found = MarkdownRenderer.FindMentions(
            "Ciao @Giulia-Ferrari e @luca, scrivete a info@azienda.it. `@nel-codice` @luca di nuovo, (@anna-b) e @giulia-ferrari-.\n\n    @blocco-codice");
        Assert.Equal(["giulia-ferrari", "luca", "anna-b"], found);
    }

    [Fact]
    public async Task A_member_named_in_an_idea_is_linked_and_told_once_while_other_handles_stay_plain_text()
    {
        var luca = await Fixture.CreateMemberAsync("Luca Autore");
        var giulia = await Fixture.CreateMemberAsync("Giulia Citata");
        var saved = await Fixture.As(luca).SendAsync(new SaveIdea
        {
            Title = "Un laboratorio sulle dirette",
            Body = $"Ne parlavo con @{giulia.Handle}, che le fa da anni (come @nike su Instagram). Anche io, @{luca.Handle}.",
        });

        var html = await Fixture.QueryDbAsync(db => db.Ideas.Where(i => i.Id == saved.Value).Select(i => i.BodyHtml).SingleAsync());
        Assert.Contains($"<a href=\"/membri/{giulia.Handle}\" rel=\"nofollow ugc noopener\">@{giulia.Handle}</a>", html, StringComparison.Ordinal);
        Assert.Contains("come @nike su Instagram", html, StringComparison.Ordinal);
        await Fixture.DrainOutboxAsync();
        var told = await MentionNoticesAsync();
        Assert.Equal([(giulia.Id, luca.Id, "Un laboratorio sulle dirette")], told.Select(n => (n.MemberId, n.ActorId!.Value, n.Subject)));
        Assert.Equal(Target.Idea(saved.Value), told[0].Target);

        // An edit that names Giulia again and adds Anna tells Anna only.
        var anna = await Fixture.CreateMemberAsync("Anna Aggiunta");
        await Fixture.As(luca).SendAsync(new SaveIdea
        {
            IdeaId = saved.Value,
            Title = "Un laboratorio sulle dirette",
            Body = $"Ne parlavo con @{giulia.Handle} e con @{anna.Handle}.",
        });
        await Fixture.DrainOutboxAsync();
        Assert.Equal([giulia.Id, anna.Id], (await MentionNoticesAsync()).Select(n => n.MemberId));

        // Giulia reads it among her notifications, until she turns mentions off in her preferences.
        using var client = await Fixture.SignedInClientAsync(giulia);
        Assert.Contains("Ti hanno menzionato in «Un laboratorio sulle dirette»", (await client.GetDocumentAsync("/notifiche")).QuerySelector(".notification")!.TextContent, StringComparison.Ordinal);
        await Fixture.InsertAsync(new NotificationSetting { MemberId = giulia.Id, Category = NotificationCategories.Mention, Channel = NotificationChannel.Off });
        Assert.DoesNotContain("menzionato", (await client.GetDocumentAsync("/notifiche")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_block_either_way_means_no_notice_and_a_held_comment_tells_only_once_approved()
    {
        var writer = await Fixture.CreateMemberAsync("Walter Scrivente");
        var blocker = await Fixture.CreateMemberAsync("Bice Bloccante");
        var blocked = await Fixture.CreateMemberAsync("Bruno Bloccato");
        var friend = await Fixture.CreateMemberAsync("Franca Amica");
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        await Fixture.As(blocker).SendAsync(new SetBlock(writer.Handle, BlockKind.Block));
        await Fixture.As(writer).SendAsync(new SetBlock(blocked.Handle, BlockKind.Block));
        var idea = Build.Idea(friend.Id, "Un'idea da discutere");
        await Fixture.InsertAsync(idea);

        // A newcomer's comment with a link waits for a moderator: nobody is told yet.
        var comment = await Fixture.As(writer).SendAsync(new PostComment
        {
            ThreadKind = CommentThreadKind.Idea,
            ThreadId = idea.Id,
            Body = $"@{blocker.Handle} @{blocked.Handle} @{friend.Handle} guardate https://esempio.it/dirette",
        });
        Assert.Equal(CommentStatus.Held, comment.Value!.Status);
        await Fixture.DrainOutboxAsync();
        Assert.Empty(await MentionNoticesAsync());

        var hold = await Fixture.QueryDbAsync(db => db.HeldItems.Select(h => h.Id).SingleAsync());
        await Fixture.AsModerator(moderator).SendAsync(new ReviewHeldItem { HoldId = hold, Decision = HeldDecision.Approve });
        await Fixture.DrainOutboxAsync();
        var told = Assert.Single(await MentionNoticesAsync());
        Assert.Equal(friend.Id, told.MemberId);
        Assert.Equal(Target.Idea(idea.Id).AtComment(comment.Value.Id), told.Target);
    }

    [Fact]
    public async Task A_text_tells_at_most_ten_members_a_newcomer_three_and_a_practice_only_once_published()
    {
        var named = new List<Member>();
        for (var i = 0; i < 12; i++)
        {
            named.Add(await Fixture.CreateMemberAsync($"Persona Numero {i}"));
        }

        var all = string.Join(" ", named.Select(m => "@" + m.Handle));
        var trusted = await Fixture.CreateMemberAsync("Tina Fidata");
        await Fixture.TrustAsync(trusted);
        var newcomer = await Fixture.CreateMemberAsync("Nino Nuovo");
        var idea = Build.Idea(trusted.Id, "Chi conosce le dirette?");
        await Fixture.InsertAsync(idea);

        await Fixture.As(trusted).SendAsync(new PostComment { ThreadKind = CommentThreadKind.Idea, ThreadId = idea.Id, Body = "Chiedo a " + all });
        await Fixture.As(newcomer).SendAsync(new PostComment { ThreadKind = CommentThreadKind.Idea, ThreadId = idea.Id, Body = "Anche io chiedo a " + all });
        var practice = await Fixture.InsertPublishedAsync(trusted, p =>
        {
            p.Status = PracticeStatus.Submitted;
            p.BodyMarkdown = $"Con l'aiuto di @{named[11].Handle}.";
        });
        await Fixture.DrainOutboxAsync();
        var told = await MentionNoticesAsync();
        Assert.Equal(named.Take(10).Select(m => m.Id).Order(), told.Where(n => n.ActorId == trusted.Id).Select(n => n.MemberId).Order());
        Assert.Equal(named.Take(3).Select(m => m.Id).Order(), told.Where(n => n.ActorId == newcomer.Id).Select(n => n.MemberId).Order());

        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        await Fixture.AsModerator(moderator).SendAsync(new ReviewPractice { PracticeId = practice.Id, Decision = ReviewDecision.Publish });
        await Fixture.DrainOutboxAsync();
        var published = Assert.Single(await MentionNoticesAsync(), n => n.Target.Kind == TargetKind.Practice);
        Assert.Equal(named[11].Id, published.MemberId);
    }

    [Fact]
    public async Task A_writer_who_called_on_fifty_members_today_calls_on_no_more_until_tomorrow()
    {
        var writer = await Fixture.CreateMemberAsync("Wanda Instancabile");
        await Fixture.TrustAsync(writer);
        var earlier = await Fixture.CreateMemberAsync("Ettore Già Chiamato");
        var giulia = await Fixture.CreateMemberAsync("Giulia Oggi No");
        var now = DateTimeOffset.UtcNow;
        await Fixture.InsertAsync([.. Enumerable.Range(0, MentionLimits.PerDay).Select(i => new Mention
        {
            Place = MentionPlace.Comment, SourceId = Guid.NewGuid(), MemberId = earlier.Id, AuthorId = writer.Id, At = now.AddHours(-23),
        })]);
        var idea = Build.Idea(writer.Id, "Ancora una domanda");
        await Fixture.InsertAsync(idea);

        await Fixture.As(writer).SendAsync(new PostComment { ThreadKind = CommentThreadKind.Idea, ThreadId = idea.Id, Body = $"Tu che ne pensi, @{giulia.Handle}?" });
        await Fixture.DrainOutboxAsync();
        Assert.Empty(await MentionNoticesAsync());
        Assert.Contains($"href=\"/membri/{giulia.Handle}\"", await Fixture.QueryDbAsync(db => db.Comments.Select(c => c.BodyHtml).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_autocomplete_finds_by_handle_and_name_contacts_first_never_me_nor_across_a_block()
    {
        var me = await Fixture.CreateMemberAsync("Marco Cercante");
        var famous = await Fixture.CreateMemberAsync("Giulio Famoso");
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == famous.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 500)));
        var followed = await Fixture.CreateMemberAsync("Giuliana Seguita");
        var accented = await Fixture.CreateMemberAsync("Niccolò Giù");
        var blocker = await Fixture.CreateMemberAsync("Giuseppe Bloccante");
        await Fixture.As(me).SendAsync(new Follow(FollowKind.Member, followed.Handle, On: true));
        await Fixture.As(blocker).SendAsync(new SetBlock(me.Handle, BlockKind.Block));

        var found = await Fixture.As(me).SendAsync(new SuggestMentions("giu"));
        Assert.Equal([followed.Handle, famous.Handle, accented.Handle], found.Select(s => s.Handle));
        Assert.Equal([accented.Handle], (await Fixture.As(me).SendAsync(new SuggestMentions("@niccolo"))).Select(s => s.Handle));
        Assert.Empty(await Fixture.As(me).SendAsync(new SuggestMentions("g")));
        Assert.Empty(await Fixture.As(me).SendAsync(new SuggestMentions("marco")));
    }

    [Fact]
    public async Task The_autocomplete_answers_members_only_with_options_and_is_rate_limited()
    {
        var me = await Fixture.CreateMemberAsync("Marta Digitante");
        var other = await Fixture.CreateMemberAsync("Oreste Trovato");
        using var visitor = Fixture.CreateClient();
        using var anonymous = await visitor.Http.GetAsync("/menzioni/suggerimenti?q=ore");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);

        using var client = await Fixture.SignedInClientAsync(me);
        var options = (await client.GetDocumentAsync("/menzioni/suggerimenti?q=ore")).QuerySelectorAll("li[role=option]");
        var option = Assert.Single(options);
        Assert.Equal(other.Handle, option.GetAttribute("data-handle"));
        Assert.Contains("Oreste Trovato", option.TextContent, StringComparison.Ordinal);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 95; i++)
        {
            using var answer = await client.Http.GetAsync("/menzioni/suggerimenti?q=or");
            answers.Add(answer.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
    }

    private Task<List<Notification>> MentionNoticesAsync() =>
        Fixture.QueryDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKinds.Mention.Name).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync());
}
