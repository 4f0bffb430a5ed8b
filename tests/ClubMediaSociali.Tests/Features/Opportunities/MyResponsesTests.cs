using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Opportunities;

public sealed class MyResponsesTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Le_mie_risposte_lists_my_responses_with_their_company_and_state_the_latest_change_first()
    {
        var me = await Fixture.CreateMemberAsync("Alba Candidata");
        var other = await Fixture.CreateMemberAsync();
        var (company, ties) = Build.Company("Cantina Risposte");
        var first = Build.Opportunity(OpportunityStatus.Open, company.Id);
        first.Title = "Foto per il nuovo olio";
        var second = Build.Opportunity(OpportunityStatus.Open, company.Id);
        second.Title = "Un video per la vendemmia";
        var selected = Build.Response(first.Id, me.Id);
        selected.Status = ResponseStatus.Selected;
        selected.UpdatedAt = DateTimeOffset.UtcNow.AddMinutes(5);
        await Fixture.InsertAsync([company, .. ties, first, second]);
        await Fixture.InsertAsync(selected, Build.Response(second.Id, me.Id), Build.Response(second.Id, other.Id));
        using var client = await Fixture.SignedInClientAsync(me);

        var page = await client.GetDocumentAsync("/opportunita/mie-risposte");

        var rows = page.QuerySelectorAll(".my-responses tbody tr").Select(r => r.QuerySelectorAll("td").Take(3).Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(
        [
            ["Foto per il nuovo olio", "Cantina Risposte", "Selezionata"],
            ["Un video per la vendemmia", "Cantina Risposte", "Inviata"],
        ], rows);
    }
}
