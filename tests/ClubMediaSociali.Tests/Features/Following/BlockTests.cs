using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Following;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Following;

public sealed class BlockTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Muted_and_blocked_members_leave_the_bacheca_whatever_brings_them_and_a_block_ends_the_tie_untold()
    {
        var me = await Fixture.CreateMemberAsync("Marta Riservata");
        var contact = await Fixture.CreateMemberAsync("Carlo Contatto");
        var loud = await Fixture.CreateMemberAsync("Livio Rumoroso");
        var quiet = await Fixture.CreateMemberAsync("Quinto Tranquillo");
        var tie = Connection.Request(contact.Id, me.Id, null, DateTimeOffset.UtcNow);
        tie.Answer(accept: true, DateTimeOffset.UtcNow);
        await Fixture.InsertAsync(tie);
        await Fixture.As(me).SendAsync(new Follow(FollowKind.Tag, "video", On: true));
        await Fixture.As(contact).SendAsync(new Follow(FollowKind.Member, me.Handle, On: true));
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var ideas = new[] { (contact, "L'idea del contatto"), (loud, "Un video rumoroso"), (quiet, "Un video tranquillo") }.Select((x, i) =>
        {
            var idea = Build.Idea(x.Item1.Id, x.Item2);
            idea.Tags = ["video"];
            return idea;
        }).ToList();
        await Fixture.InsertAsync([.. ideas]);
        await Fixture.InsertAsync([.. ideas.Select((idea, i) => Build.IdeaPosted(idea, start.AddMinutes(i)))]);
        using var client = await Fixture.SignedInClientAsync(me);
        async Task<IEnumerable<string>> TitlesAsync() =>
            (await client.GetDocumentAsync("/")).QuerySelectorAll(".feed-text a[href^='/idee/']").Select(a => a.TextContent);
        Assert.Equal(["«Un video tranquillo»", "«Un video rumoroso»", "«L'idea del contatto»"], await TitlesAsync());

        // Muting from the profile: out of the bacheca though it comes through a followed tag.
        using (await client.SubmitAsync(await client.GetDocumentAsync($"/membri/{loud.Handle}"), $"form[action='/membri/{loud.Handle}/blocco']:has(input[value='Mute'])"))
        {
        }

        Assert.Equal(["«Un video tranquillo»", "«L'idea del contatto»"], await TitlesAsync());

        // Blocking a contact: out of the bacheca, the tie and their follow are gone, and a new request is refused.
        var blocked = await client.SubmitAsync(await client.GetDocumentAsync($"/membri/{contact.Handle}"), $"form[action='/membri/{contact.Handle}/blocco']:has(input[value='Block'])");
        var list = await client.FollowRedirectAsync(blocked);
        Assert.Contains("Hai bloccato questo membro", list.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Carlo Contatto", "Livio Rumoroso"], list.QuerySelectorAll(".follow-list .follow-name").Select(n => n.TextContent));
        Assert.Equal(["«Un video tranquillo»"], await TitlesAsync());
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Connections.CountAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.MemberFollows.CountAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == contact.Id)));
        var asked = await Fixture.As(contact).SendAsync(new Application.Features.Connections.RequestConnection(me.Handle, null));
        Assert.Equal(Application.Features.Connections.ConnectionErrors.Blocked, asked.Error);
        Assert.Equal(FollowErrors.NotFound, (await Fixture.As(contact).SendAsync(new Follow(FollowKind.Member, me.Handle, On: true))).Error);

        // Undone from the list, the muted member is back.
        using (await client.SubmitAsync(list, $"form[action='/membri/{loud.Handle}/blocco']"))
        {
        }

        Assert.Equal(["«Un video tranquillo»", "«Un video rumoroso»"], await TitlesAsync());
        Assert.Equal(BlockKind.Block, await Fixture.QueryDbAsync(db => db.MemberBlocks.Select(b => b.Kind).SingleAsync()));
    }
}
