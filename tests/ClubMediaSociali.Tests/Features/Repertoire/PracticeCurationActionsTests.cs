using System.Net;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Repertoire;

public sealed class PracticeCurationActionsTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task Moderators_feature_archive_and_restore_with_a_reason_the_author_is_told()
    {
        var author = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var practice = await Fixture.InsertPublishedAsync(author);
        using var moderatorClient = await Fixture.SignedInClientAsync(moderator);
        using var visitor = Fixture.CreateClient();
        var page = await moderatorClient.GetDocumentAsync($"/repertorio/{practice.Id}");

        using var featured = await moderatorClient.SubmitAsync(page, ".curation-panel form", submitterSelector: "button[value='Feature']");
        Assert.Equal(HttpStatusCode.Redirect, featured.StatusCode);
        var list = await visitor.GetDocumentAsync("/repertorio");
        Assert.Equal([practice.Title], list.QuerySelectorAll(".featured-list h3 a").Select(a => a.TextContent));
        Assert.Single(list.QuerySelectorAll($"a[href='/repertorio/{practice.Id}']"));

        page = await moderatorClient.GetDocumentAsync($"/repertorio/{practice.Id}");
        using var noReason = await moderatorClient.SubmitAsync(page, ".curation-panel form", submitterSelector: "button[value='Archive']");
        var refused = await BrowserLikeClient.ParseAsync(noReason);
        Assert.Contains("Spiega perché", refused.QuerySelector("#Reason-errore")!.TextContent, StringComparison.Ordinal);
        using var archived = await moderatorClient.SubmitAsync(page, ".curation-panel form",
            new Dictionary<string, string> { ["Reason"] = "Superata dalle nuove regole della piattaforma." }, "button[value='Archive']");

        Assert.Empty((await visitor.GetDocumentAsync("/repertorio")).QuerySelectorAll(".practice-card"));
        var archivedPage = await visitor.GetDocumentAsync($"/repertorio/{practice.Id}");
        Assert.Contains("in archivio", archivedPage.QuerySelector(".revision-banner")!.TextContent, StringComparison.Ordinal);
        await Fixture.DrainOutboxAsync();
        var notice = await Fixture.QueryDbAsync(db => db.Notifications.SingleAsync(n => n.Kind == "practice.archived"));
        Assert.Equal((author.Id, "Superata dalle nuove regole della piattaforma."), (notice.MemberId, notice.Note));

        page = await moderatorClient.GetDocumentAsync($"/repertorio/{practice.Id}");
        using var restored = await moderatorClient.SubmitAsync(page, ".curation-panel form", submitterSelector: "button[value='Restore']");
        Assert.Single((await visitor.GetDocumentAsync("/repertorio")).QuerySelectorAll(".all-practices .practice-card"));
        Assert.Equal(["practices.feature", "practices.archive", "practices.restore"],
            await Fixture.QueryDbAsync(db => db.AuditLog.OrderBy(a => a.At).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task Members_and_authors_cannot_curate_and_visitors_are_sent_to_sign_in()
    {
        var author = await Fixture.CreateMemberAsync();
        var practice = await Fixture.InsertPublishedAsync(author);
        using var authorClient = await Fixture.SignedInClientAsync(author);
        using var visitor = Fixture.CreateClient();

        using var byAuthor = await authorClient.PostAsync($"/repertorio/{practice.Id}/cura", new Dictionary<string, string> { ["Action"] = "Feature" });
        Assert.Contains("/accesso/negato", byAuthor.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var byVisitor = await visitor.PostAsync($"/repertorio/{practice.Id}/cura", new Dictionary<string, string> { ["Action"] = "Archive", ["Reason"] = "x" });
        Assert.Contains("/accesso", byVisitor.Headers.Location!.ToString(), StringComparison.Ordinal);
        var stored = await Fixture.QueryDbAsync(db => db.Practices.SingleAsync());
        Assert.Equal((PracticeStatus.Published, false), (stored.Status, stored.Featured));
    }
}
