using AngleSharp.Dom;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Application.Features.Notifications;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Events;

/// <summary>Where members come across events: the company page, search, feeds, the bacheca and the digest.</summary>
public sealed class EventDiscoveryTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static SaveEvent Meetup(string title, ItalianRegion region, string city, int inDays = 10, string? company = null, bool forClub = false) => new()
    {
        Company = company,
        ForClub = forClub,
        Kind = EventKind.Meetup,
        Title = title,
        Description = "Esempi veri, discussi insieme.",
        Starts = DateTime.UtcNow.Date.AddDays(inDays).AddHours(18),
        Ends = DateTime.UtcNow.Date.AddDays(inDays).AddHours(20),
        City = city,
        Region = region,
    };

    [Fact]
    public async Task A_companys_events_to_come_are_on_its_page_and_in_the_list_narrowed_to_it()
    {
        var representative = await Fixture.CreateMemberAsync("Rita Organizza");
        var (company, ties) = Build.Company("Birrificio Eventi", representativeIds: representative.Id);
        await Fixture.InsertAsync([company, .. ties]);
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        for (var i = 1; i <= 4; i++)
        {
            await Fixture.As(representative).SendAsync(Meetup($"Degustazione numero {i}", ItalianRegion.Lombardia, "Milano", inDays: i, company: company.Slug));
        }

        var cancelled = (await Fixture.As(representative).SendAsync(Meetup("Degustazione annullata", ItalianRegion.Lombardia, "Milano", company: company.Slug))).Value;
        await Fixture.As(representative).SendAsync(new CancelEvent(cancelled));
        await Fixture.AsModerator(moderator).SendAsync(Meetup("Incontro del Club", ItalianRegion.Lombardia, "Milano", forClub: true));

        using var visitor = Fixture.CreateClient();
        var page = await visitor.GetDocumentAsync($"/aziende/{company.Slug}");
        Assert.Equal(["Degustazione numero 1", "Degustazione numero 2", "Degustazione numero 3"],
            page.QuerySelectorAll("#eventi-titolo ~ ol .event-card h2").Select(h => h.TextContent.Trim()));
        var all = page.QuerySelector($"a[href='/eventi?azienda={company.Slug}']")!;
        Assert.Equal(
            ["Degustazione numero 1", "Degustazione numero 2", "Degustazione numero 3", "Degustazione numero 4"],
            (await visitor.GetDocumentAsync(all.GetAttribute("href")!)).QuerySelectorAll(".event-card h2").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task Search_finds_events_to_come_with_italian_matching_and_agrees_with_the_list_and_the_feed_announces_them()
    {
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        await Fixture.AsModerator(moderator).SendAsync(Meetup("Perché i video brevi funzionano", ItalianRegion.Toscana, "Firenze", forClub: true));
        await Fixture.AsModerator(moderator).SendAsync(Meetup("Video per le cantine", ItalianRegion.Piemonte, "Asti", inDays: 20, forClub: true));
        await Fixture.AsModerator(moderator).SendAsync(Meetup("Newsletter e clienti", ItalianRegion.Toscana, "Siena", forClub: true));
        var gone = (await Fixture.AsModerator(moderator).SendAsync(Meetup("Video annullato", ItalianRegion.Toscana, "Pisa", forClub: true))).Value;
        await Fixture.AsModerator(moderator).SendAsync(new CancelEvent(gone));

        using var visitor = Fixture.CreateClient();
        var results = await visitor.GetDocumentAsync("/cerca?q=perche+video");
        var group = results.QuerySelector($"#risultati-{nameof(Application.Features.Search.SearchKind.Events)}")!;
        Assert.Equal(["Perché i video brevi funzionano"], group.QuerySelectorAll(".search-hits a").Select(a => a.TextContent.Trim()));
        // "video" alone: both to come, in the order of their dates, as the list narrowed by the same words.
        var video = (await visitor.GetDocumentAsync("/cerca?q=video")).QuerySelector($"#risultati-{nameof(Application.Features.Search.SearchKind.Events)}")!;
        Assert.Equal(["Perché i video brevi funzionano", "Video per le cantine"], video.QuerySelectorAll(".search-hits a").Select(a => a.TextContent.Trim()));
        var list = await visitor.GetDocumentAsync("/eventi?q=video");
        Assert.Equal(["Perché i video brevi funzionano", "Video per le cantine"], list.QuerySelectorAll(".event-card h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("video", list.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#q")!.Value);

        // The feed: the events to come, not the cancelled one.
        using var rss = await visitor.Http.GetAsync(new Uri("/feed/eventi.rss", UriKind.Relative));
        var xml = await rss.Content.ReadAsStringAsync();
        Assert.Contains("<title>Newsletter e clienti</title>", xml, StringComparison.Ordinal);
        Assert.Contains("Firenze", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("Video annullato", xml, StringComparison.Ordinal);
        using var atom = await visitor.Http.GetAsync(new Uri("/feed/eventi.atom", UriKind.Relative));
        Assert.Contains("Video per le cantine", await atom.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bacheca_and_the_digest_show_my_next_events_and_those_for_my_region_roles_and_followed_companies()
    {
        var moderator = await Fixture.CreateMemberAsync("Moreno Moderatore");
        var member = await Fixture.CreateMemberAsync("Sara Sarda");
        var role = await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).Select(m => m.PrimaryRoleId).SingleAsync());
        var otherRole = await Fixture.QueryDbAsync(db => db.ProfessionalRoles.Where(r => r.Id != role).Select(r => r.Id).FirstAsync());
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Region, ItalianRegion.Sardegna)));
        var representative = await Fixture.CreateMemberAsync("Rita Organizza");
        var (company, ties) = Build.Company("Agenzia Seguita", representativeIds: representative.Id);
        await Fixture.InsertAsync([company, .. ties, new Application.Domain.Network.CompanyFollow { FollowerId = member.Id, CompanyId = company.Id, At = DateTimeOffset.UtcNow }]);

        var going = (await Fixture.AsModerator(moderator).SendAsync(Meetup("Quello a cui vado", ItalianRegion.Lazio, "Roma", inDays: 5, forClub: true))).Value;
        await Fixture.As(member).SendAsync(new RegisterForEvent(going));
        await Fixture.AsModerator(moderator).SendAsync(Meetup("In Sardegna", ItalianRegion.Sardegna, "Cagliari", inDays: 6, forClub: true));
        await Fixture.AsModerator(moderator).SendAsync(Meetup("Per il mio ruolo", ItalianRegion.Veneto, "Padova", inDays: 7, forClub: true) with { RoleIds = [role] });
        await Fixture.As(representative).SendAsync(Meetup("Dell'agenzia che seguo", ItalianRegion.Marche, "Ancona", inDays: 8, company: company.Slug));
        await Fixture.AsModerator(moderator).SendAsync(Meetup("Non per me", ItalianRegion.Calabria, "Cosenza", inDays: 4, forClub: true) with { RoleIds = [otherRole] });

        using var client = await Fixture.SignedInClientAsync(member);
        var bacheca = await client.GetDocumentAsync("/");
        var box = bacheca.QuerySelector("[aria-labelledby='eventi-titolo']")!;
        var lists = box.QuerySelectorAll(".bacheca-events");
        Assert.Equal(["Quello a cui vado"], lists[0].QuerySelectorAll("a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["In Sardegna", "Per il mio ruolo", "Dell'agenzia che seguo"], lists[1].QuerySelectorAll("a").Select(a => a.TextContent.Trim()));

        // The digest carries "eventi per te" beside its news (here a notification), on the member's clock.
        var kind = NotificationKinds.ConnectionRequest;
        await Fixture.InsertAsync(Notification.Of(member.Id, kind, "Carla Contatto", new Application.Common.Links.Target(kind.Targets[0], Guid.NewGuid().ToString()), DateTimeOffset.UtcNow));
        var digest = await Fixture.SendAsync(new GetDigest(member.Id, DateTimeOffset.UtcNow));
        Assert.Equal(["In Sardegna", "Per il mio ruolo", "Dell'agenzia che seguo"], digest!.EventsForYou.Select(e => e.Title));
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var mail = scope.ServiceProvider.GetRequiredService<DigestJob>().Compose(digest);
        Assert.Contains("EVENTI PER TE", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("In Sardegna · ", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Non per me", mail.TextBody, StringComparison.Ordinal);
    }
}
