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
        var path = new LearningPath { Slug = "base", Title = "Base", CreatedAt = DateTimeOffset.UtcNow };
        await Fixture.InsertAsync(path, new LearningPathStep { PathId = path.Id, Number = 1, PracticeId = practice.Id });
        using var memberClient = await Fixture.SignedInClientAsync(member);
        using var visitor = Fixture.CreateClient();
        var pathId = path.Id;

        await visitor.GetDocumentAsync("/primi-passi/base");
        using var manage = await memberClient.Http.GetAsync(new Uri("/moderazione/percorsi", UriKind.Relative));
        Assert.Contains("/accesso/negato", manage.Headers.Location!.ToString(), StringComparison.Ordinal);
        var fields = new Dictionary<string, string> { ["Title"] = "Mio", ["Steps[0].PracticeId"] = practice.Id.ToString(), ["op"] = "search", ["search"] = "piano" };
        using var create = await memberClient.PostAsync("/moderazione/percorsi", fields);
        Assert.Contains("/accesso/negato", create.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var compose = await memberClient.PostAsync("/moderazione/percorsi/componi", fields);
        Assert.Contains("/accesso/negato", compose.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var composeAnonymous = await visitor.PostAsync("/moderazione/percorsi/componi", fields);
        Assert.Contains("/accesso?", composeAnonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var delete = await visitor.PostAsync($"/moderazione/percorsi/{pathId}/elimina");
        Assert.Contains("/accesso", delete.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var term = await memberClient.PostAsync("/moderazione/glossario", new Dictionary<string, string> { ["Term"] = "X", ["Definition"] = "Y" });
        Assert.Contains("/accesso/negato", term.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal((1, 0), await Fixture.QueryDbAsync(async db => (await db.LearningPaths.CountAsync(), await db.GlossaryTerms.CountAsync())));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.AuditLog.CountAsync()));
    }
}
