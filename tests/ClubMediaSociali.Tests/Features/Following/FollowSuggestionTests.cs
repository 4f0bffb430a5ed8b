using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Following;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Following;

public sealed class FollowSuggestionTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task People_my_contacts_and_follows_follow_come_first_and_organisations_of_my_sector_then_of_my_region()
    {
        var me = await Fixture.CreateMemberAsync("Marta Curiosa");
        var carla = await Fixture.CreateMemberAsync("Carla Contatto");
        var franco = await Fixture.CreateMemberAsync("Franco Seguito");
        var dario = await Fixture.CreateMemberAsync("Dario Doppio");
        var elena = await Fixture.CreateMemberAsync("Elena Singola");
        var giorgio = await Fixture.CreateMemberAsync("Giorgio Bloccante");
        var tie = Connection.Request(me.Id, carla.Id, null, DateTimeOffset.UtcNow);
        tie.Answer(accept: true, DateTimeOffset.UtcNow);
        await Fixture.InsertAsync(tie);
        await Fixture.As(me).SendAsync(new Follow(FollowKind.Member, franco.Handle, On: true));
        foreach (var person in new[] { dario, elena, giorgio, me })
        {
            await Fixture.As(carla).SendAsync(new Follow(FollowKind.Member, person.Handle, On: true));
        }

        await Fixture.As(franco).SendAsync(new Follow(FollowKind.Member, dario.Handle, On: true));
        await Fixture.As(giorgio).SendAsync(new SetBlock(me.Handle, BlockKind.Block));

        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == me.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Region, ItalianRegion.Lombardia)));
        var (mine, myTies) = Build.Company("La mia agenzia", region: ItalianRegion.Lazio, representativeIds: me.Id);
        mine.Sector = "comunicazione";
        var (sameSector, _) = Build.Company("Agenzia Sorella", region: ItalianRegion.Lazio);
        sameSector.Sector = "comunicazione";
        var (sameRegion, _) = Build.Company("Frantoio Lombardo", region: ItalianRegion.Lombardia);
        var (followedCompany, _) = Build.Company("Cantina Già Seguita", region: ItalianRegion.Lombardia);
        var (elsewhere, _) = Build.Company("Pastificio Lontano", region: ItalianRegion.Sicilia);
        await Fixture.InsertAsync([mine, .. myTies, sameSector, sameRegion, followedCompany, elsewhere]);
        await Fixture.As(me).SendAsync(new Follow(FollowKind.Company, followedCompany.Slug, On: true));

        var suggestions = await Fixture.As(me).SendAsync(new SuggestFollows());
        Assert.Equal([(dario.Handle, 2), (elena.Handle, 1)], suggestions.People.Select(p => (p.Handle, p.ViaCount)));
        Assert.Equal("Carla Contatto", suggestions.People[1].Via);
        Assert.Equal([("Agenzia Sorella", true), ("Frantoio Lombardo", false)], suggestions.Companies.Select(c => (c.Name, c.SameSector)));

        // On "Chi seguo", each with its reason and a button that follows without leaving the page.
        using var client = await Fixture.SignedInClientAsync(me);
        var page = await client.GetDocumentAsync("/seguiti");
        var box = page.QuerySelector("#suggerimenti")!;
        Assert.Equal(["seguito da Carla Contatto e altri 1", "seguito da Carla Contatto", "del tuo settore: comunicazione", "della tua regione: Lombardia"],
            box.QuerySelectorAll(".suggestion-why").Select(s => s.TextContent));
        using var followed = await client.SubmitAsync(page, $"#suggerimenti form[action='/membri/{dario.Handle}/segui']");
        var after = await client.FollowRedirectAsync(followed);
        Assert.Equal(["Dario Doppio", "Franco Seguito"], after.QuerySelectorAll("section[aria-labelledby='persone-titolo'] .follow-name").Select(n => n.TextContent));
        Assert.DoesNotContain("Dario Doppio", after.QuerySelector("#suggerimenti")!.TextContent, StringComparison.Ordinal);
    }
}
