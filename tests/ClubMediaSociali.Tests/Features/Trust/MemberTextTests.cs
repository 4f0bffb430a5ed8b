using System.Net;
using System.Xml.Linq;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Trust;

/// <summary>
/// Text enters the Club through one normalisation (MemberText): invisible control and direction characters
/// are removed and the rest is put in Unicode form C, in every field but passwords. Feeds stay well-formed
/// whatever a stored row holds.
/// </summary>
public sealed class MemberTextTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static readonly string[] Feeds = ["/feed/idee.rss", "/feed/idee.atom", "/feed/idee-di-tendenza.rss", "/feed/idee-di-tendenza.atom", "/feed/tag/sagre.rss", "/feed/tag/sagre.atom"];

    [Theory]
    [InlineData("riga\u000Bdue", "rigadue")]
    [InlineData("a\u0001b\u0000c\u007Fd\u0085e", "abcde")]
    [InlineData("tab\tand\r\nnewline", "tab\tand\r\nnewline")]
    [InlineData("fine\u2028riga", "fine\nriga")]
    [InlineData("nome\u202Egnp.exe", "nomegnp.exe")]
    [InlineData("iso\u2066lato\u2069", "isolato")]
    [InlineData("zero\u200Bwidth\uFEFF", "zerowidth")]
    [InlineData("famiglia 👩\u200D👩\u200D👧", "famiglia 👩\u200D👩\u200D👧")]
    [InlineData("caffe\u0301", "caff\u00E9")]
    [InlineData("già pronto", "già pronto")]
    public void Member_text_loses_invisible_control_and_direction_characters_and_is_in_form_C(string typed, string stored) =>
        Assert.Equal(stored, MemberText.Normalize(typed));

    [Fact]
    public async Task An_idea_typed_with_control_characters_is_saved_without_them_and_every_feed_stays_well_formed()
    {
        var author = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(author);
        using var posted = await client.SubmitAsync(await client.GetDocumentAsync("/idee/nuova"), "form[action='/idee/nuova']", new Dictionary<string, string>
        {
            ["Title"] = "Una\u000B sagra\u0001 digitale\u202E",
            ["Body"] = "Raccontare\u0008 la sagra\u0007 in diretta.\u001B",
            ["Tags"] = "sagre\u0002",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var idea = await Fixture.QueryDbAsync(db => db.Ideas.SingleAsync());
        Assert.Equal("Una sagra digitale", idea.Title);
        Assert.Equal("Raccontare la sagra in diretta.", idea.BodyMarkdown);
        Assert.Equal(["sagre"], idea.Tags);
        await AssertFeedsWellFormedAsync("Una sagra digitale");
    }

    [Fact]
    public async Task Feeds_stay_well_formed_whatever_a_stored_row_holds_and_a_control_character_in_the_address_is_no_error()
    {
        // As a row written before the normalisation existed.
        var author = await Fixture.CreateMemberAsync();
        var idea = Build.Idea(author.Id, "Vecchia\u000B idea\u0001 con 🎉");
        (idea.BodyMarkdown, idea.Tags) = ("Testo\u0001 salvato prima.", ["sagre"]);
        await Fixture.InsertAsync(idea);

        await AssertFeedsWellFormedAsync("Vecchia idea con 🎉");

        using var visitor = Fixture.CreateClient();
        foreach (var url in new[] { "/feed/tag/%01.rss", "/feed/tag/%0B.atom", "/feed/tag/%E2%80%AE.rss", "/idee?tag=%01", "/repertorio?q=%0B", "/membri/%0B", "/aziende/%01", "/cerca?q=%0B" })
        {
            using var response = await visitor.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_password_is_checked_as_typed_without_normalisation()
    {
        // The hash was made from the decomposed "e" + accent: normalising the typed password would lock the member out.
        const string Decomposed = "caffe\u0301 sul balcone di sera";
        var member = await Fixture.CreateMemberAsync();
        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Application.Domain.Members.Member>>();
            var stored = await users.FindByIdAsync(member.Id.ToString());
            Assert.True((await users.RemovePasswordAsync(stored!)).Succeeded);
            Assert.True((await users.AddPasswordAsync(stored!, Decomposed)).Succeeded);
        }

        using var client = await Fixture.SignedInClientAsync(member, Decomposed);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal(member.DisplayName, home.QuerySelector(".member-name")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_name_with_a_line_break_is_refused_at_sign_up_so_it_never_reads_like_a_mail_header()
    {
        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => Fixture.SendAsync(new Application.Features.Accounts.SignUp
        {
            DisplayName = "Nadia Serra\r\nBcc: altro@esempio.it",
            Email = "nadia.serra@test.example",
            Password = Infrastructure.Accounts.Password,
            PrimaryRoleId = 1,
            AcceptTerms = true,
        }));
        Assert.Contains(refused.Errors, e => e.PropertyName == "DisplayName");
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Users.CountAsync()));
    }

    private async Task AssertFeedsWellFormedAsync(string title)
    {
        await Fixture.ClearCachesAsync();
        using var visitor = Fixture.CreateClient();
        foreach (var feed in Feeds)
        {
            using var response = await visitor.Http.GetAsync(new Uri(feed, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains(xml.Descendants().Where(e => e.Name.LocalName == "title"), e => e.Value == title);
        }
    }
}
