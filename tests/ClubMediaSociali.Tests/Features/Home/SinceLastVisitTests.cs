using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Home;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Home;

public sealed class SinceLastVisitTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_visit_starts_after_half_an_hour_away_and_keeps_the_end_of_the_one_before()
    {
        var member = await Fixture.CreateMemberAsync();
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.LastVisitAt, (DateTimeOffset?)null)));
        var start = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

        async Task<(DateTimeOffset? Last, DateTimeOffset? Previous)> TouchAsync(DateTimeOffset at)
        {
            await Fixture.SendAsync(new TouchVisit(member.Id, at));
            var visit = await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id)
                .Select(m => new { m.LastVisitAt, m.PreviousVisitAt }).SingleAsync());
            return (visit.LastVisitAt, visit.PreviousVisitAt);
        }

        Assert.Equal((start, null), await TouchAsync(start));
        Assert.Equal((start.AddMinutes(20), null), await TouchAsync(start.AddMinutes(20)));
        Assert.Equal((start.AddHours(3), start.AddMinutes(20)), await TouchAsync(start.AddHours(3)));
        Assert.Equal((start.AddHours(3).AddMinutes(10), start.AddMinutes(20)), await TouchAsync(start.AddHours(3).AddMinutes(10)));
    }

    [Fact]
    public async Task The_home_page_tells_a_returning_member_what_changed_since_their_previous_visit()
    {
        var member = await Fixture.CreateMemberAsync();
        var other = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);
        var firstHome = await client.GetDocumentAsync("/");
        Assert.Null(firstHome.QuerySelector(".since-visit"));

        // The member was last here two days ago; since then two practices, an idea, a request and a notification arrived.
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.PreviousVisitAt, DateTimeOffset.UtcNow.AddDays(-2))));
        await Fixture.InsertPublishedAsync(other);
        await Fixture.InsertPublishedAsync(other);
        await Fixture.InsertAsync(
            Build.Idea(other.Id),
            Connection.Request(other.Id, member.Id, null, DateTimeOffset.UtcNow),
            Notification.Of(member.Id, NotificationKinds.ConnectionRequest, other.DisplayName, Target.Contacts, DateTimeOffset.UtcNow));

        // What changed in the Club is folded under "Dall'ultima visita", open when there is news; what waits for the
        // member is above it.
        var home = await client.GetDocumentAsync("/");
        Assert.StartsWith("Dall'ultima visita, il ", home.QuerySelector(".since-visit[open] summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2 nuove pratiche", "1 nuova idea"], home.QuerySelectorAll(".since-list a").Select(a => a.TextContent));
        Assert.Equal(["1 notifica da leggere", "1 richiesta di contatto"], home.QuerySelectorAll(".waiting-list a").Select(a => a.TextContent));
        Assert.Equal("/rete", home.QuerySelector(".waiting-list li:nth-child(2) a")!.GetAttribute("href"));

        // Visitors never see it.
        Assert.Null((await Fixture.CreateClient().GetDocumentAsync("/")).QuerySelector(".since-visit"));
    }
}
