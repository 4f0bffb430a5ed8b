using System.Net;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.FirstSteps;

public sealed class FirstStepsTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Moderators_compose_a_learning_path_from_published_practices_in_order()
    {
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var first = await Fixture.InsertPublishedAsync();
        var second = await Fixture.InsertPublishedAsync();
        var draft = await Fixture.InsertPublishedAsync(shape: p => p.Status = PracticeStatus.Draft);
        using var client = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();
        var form = await client.GetDocumentAsync("/moderazione/percorsi/nuovo");

        var typed = $"https://club.example/repertorio/{second.Id}\n/repertorio/{draft.Id}";
        using var refused = await client.SubmitAsync(form, "form[action='/moderazione/percorsi']",
            new Dictionary<string, string> { ["Title"] = "Primi passi sulla reputazione", ["Practices"] = typed });
        var page = await BrowserLikeClient.ParseAsync(refused);
        Assert.Contains("pratica pubblicata", page.QuerySelector("#Practices-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, page.QuerySelector("textarea#Practices")!.TextContent.Replace("\r", "", StringComparison.Ordinal));

        using var saved = await client.SubmitAsync(form, "form[action='/moderazione/percorsi']", new Dictionary<string, string>
        {
            ["Title"] = "Primi passi sulla reputazione",
            ["Intro"] = "Da dove cominciare.",
            ["Practices"] = $"https://club.example/repertorio/{second.Id}\n\n{first.Id}",
        });
        Assert.Equal("/primi-passi/primi-passi-sulla-reputazione", saved.Headers.Location!.OriginalString);

        var path = await visitor.GetDocumentAsync("/primi-passi/primi-passi-sulla-reputazione");
        Assert.Equal([second.Title, first.Title], path.QuerySelectorAll(".learning-path h3 a").Select(a => a.TextContent));
        Assert.Equal("/primi-passi", (await visitor.GetDocumentAsync("/")).QuerySelector("nav a[href='/primi-passi']")!.GetAttribute("href"));
        Assert.Equal("paths.save", await Fixture.QueryDbAsync(db => db.AuditLog.Select(a => a.Action).SingleAsync()));
    }

    [Fact]
    public async Task The_glossary_explains_terms_with_related_practices_and_refuses_a_repeated_term()
    {
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var practice = await Fixture.InsertPublishedAsync();
        using var client = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();
        var form = await client.GetDocumentAsync("/moderazione/glossario/nuovo");

        using var saved = await client.SubmitAsync(form, "form[action='/moderazione/glossario']", new Dictionary<string, string>
        {
            ["Term"] = "Engagement",
            ["Definition"] = "Quanto le persone interagiscono con i contenuti.",
            ["RelatedPractices"] = $"/repertorio/{practice.Id}",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var repeated = await client.SubmitAsync(form, "form[action='/moderazione/glossario']", new Dictionary<string, string>
        {
            ["Term"] = "engagement",
            ["Definition"] = "Un doppione.",
        });
        Assert.Contains("già nel glossario", (await BrowserLikeClient.ParseAsync(repeated)).QuerySelector("#Term-errore")!.TextContent, StringComparison.Ordinal);

        var glossary = await visitor.GetDocumentAsync("/glossario");
        Assert.Equal(["Engagement"], glossary.QuerySelectorAll(".glossary dt").Select(d => d.TextContent));
        Assert.Equal($"/repertorio/{practice.Id}", glossary.QuerySelector(".glossary dd a")!.GetAttribute("href"));

        var manage = await client.GetDocumentAsync("/moderazione/percorsi");
        using var deleted = await client.SubmitAsync(manage, ".manage-terms form");
        Assert.Empty((await visitor.GetDocumentAsync("/glossario")).QuerySelectorAll(".glossary dt"));
    }

    [Fact]
    public async Task Members_and_visitors_read_first_steps_but_cannot_change_them()
    {
        var member = await Fixture.CreateMemberAsync();
        var practice = await Fixture.InsertPublishedAsync();
        await Fixture.InsertAsync(new LearningPath { Slug = "base", Title = "Base", PracticeIds = [practice.Id], CreatedAt = DateTimeOffset.UtcNow });
        using var memberClient = await Fixture.SignedInClientAsync(member);
        using var visitor = Fixture.CreateClient();
        var pathId = await Fixture.QueryDbAsync(db => db.LearningPaths.Select(p => p.Id).SingleAsync());

        await visitor.GetDocumentAsync("/primi-passi/base");
        using var manage = await memberClient.Http.GetAsync(new Uri("/moderazione/percorsi", UriKind.Relative));
        Assert.Contains("/accesso/negato", manage.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var create = await memberClient.PostAsync("/moderazione/percorsi", new Dictionary<string, string> { ["Title"] = "Mio", ["Practices"] = practice.Id.ToString() });
        Assert.Contains("/accesso/negato", create.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var delete = await visitor.PostAsync($"/moderazione/percorsi/{pathId}/elimina");
        Assert.Contains("/accesso", delete.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var term = await memberClient.PostAsync("/moderazione/glossario", new Dictionary<string, string> { ["Term"] = "X", ["Definition"] = "Y" });
        Assert.Contains("/accesso/negato", term.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal((1, 0), await Fixture.QueryDbAsync(async db => (await db.LearningPaths.CountAsync(), await db.GlossaryTerms.CountAsync())));
    }
}
