using System.Net;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Connections;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Connections;

public sealed class ConnectionTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static string Notice(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll(".notice-bar") is { Length: > 0 } bars ? bars[^1].TextContent.Trim() : "";

    [Fact]
    public async Task A_member_asks_with_a_message_the_other_accepts_both_see_the_tie_and_either_can_end_it()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Richiedente");
        var bruno = await Fixture.CreateMemberAsync("Bruno Destinatario");
        using var annaClient = await Fixture.SignedInClientAsync(anna);
        using var brunoClient = await Fixture.SignedInClientAsync(bruno);

        var profile = await annaClient.GetDocumentAsync($"/membri/{bruno.Handle}");
        using var asked = await annaClient.SubmitAsync(
            profile, $"form[action='/membri/{bruno.Handle}/collegamento']", new Dictionary<string, string> { ["Message"] = "Ci siamo visti al convegno di Bologna." });
        var afterAsking = await annaClient.FollowRedirectAsync(asked);
        Assert.Equal("Richiesta inviata a Bruno Destinatario: riceverà una notifica.", Notice(afterAsking));
        Assert.NotNull(afterAsking.QuerySelector($"form[action='/membri/{bruno.Handle}/collegamento/ritira']"));

        // Bruno is told, and sees the request with its message on his network page.
        await Fixture.DrainOutboxAsync();
        var notifications = await brunoClient.GetDocumentAsync("/notifiche");
        Assert.Contains("Anna Richiedente chiede di collegarvi", notifications.QuerySelector(".notification")!.TextContent, StringComparison.Ordinal);
        var network = await brunoClient.GetDocumentAsync("/rete");
        var request = network.QuerySelector(".network-item")!;
        Assert.Equal("Anna Richiedente", request.QuerySelector("h3")!.TextContent);
        Assert.Equal("Ci siamo visti al convegno di Bologna.", request.QuerySelector(".network-message")!.TextContent);

        using var accepted = await brunoClient.SubmitAsync(network, $"form[action='/membri/{anna.Handle}/collegamento/accetta']", new Dictionary<string, string>());
        Assert.Equal("/rete", accepted.Headers.Location!.ToString());
        var afterAccepting = await brunoClient.FollowRedirectAsync(accepted);
        Assert.Equal("Ora tu e Anna Richiedente siete in contatto.", Notice(afterAccepting));
        Assert.Equal("Hai 1 contatto nel Club.", afterAccepting.QuerySelector(".lede-dark")!.TextContent);

        await Fixture.DrainOutboxAsync();
        var annaNotifications = await annaClient.GetDocumentAsync("/notifiche");
        Assert.Contains("Bruno Destinatario ha accettato di collegarvi", annaNotifications.QuerySelector(".notification")!.TextContent, StringComparison.Ordinal);
        var brunoSeenByAnna = await annaClient.GetDocumentAsync($"/membri/{bruno.Handle}");
        Assert.Equal("Siete in contatto", brunoSeenByAnna.QuerySelector(".connected-mark")!.TextContent);
        Assert.Equal(["Anna Richiedente"], brunoSeenByAnna.QuerySelectorAll(".contact-chips .contact-name").Select(a => a.TextContent));

        // Anna ends it: the tie is gone on both sides, and either may ask again.
        using var removed = await annaClient.SubmitAsync(brunoSeenByAnna, $"form[action='/membri/{bruno.Handle}/collegamento/rimuovi']", new Dictionary<string, string>());
        Assert.Equal("Bruno Destinatario non è più tra i tuoi contatti.", Notice(await annaClient.FollowRedirectAsync(removed)));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Connections.CountAsync()));
        var again = await brunoClient.GetDocumentAsync($"/membri/{anna.Handle}");
        Assert.NotNull(again.QuerySelector($"form[action='/membri/{anna.Handle}/collegamento']"));
    }

    [Fact]
    public async Task A_request_can_be_withdrawn_and_a_declined_member_waits_a_month_before_asking_again()
    {
        var anna = await Fixture.CreateMemberAsync();
        var bruno = await Fixture.CreateMemberAsync();
        using var annaClient = await Fixture.SignedInClientAsync(anna);
        using var brunoClient = await Fixture.SignedInClientAsync(bruno);

        using (await annaClient.PostAsync($"/membri/{bruno.Handle}/collegamento"))
        {
        }

        var withdrawn = await annaClient.FollowRedirectAsync(await annaClient.PostAsync($"/membri/{bruno.Handle}/collegamento/ritira", new Dictionary<string, string> { ["from"] = "rete" }));
        Assert.Equal("Richiesta ritirata.", Notice(withdrawn));
        Assert.Equal("Nessuna richiesta in attesa.", (await brunoClient.GetDocumentAsync("/rete")).QuerySelector("#ricevute-titolo + p")!.TextContent);

        using (await annaClient.PostAsync($"/membri/{bruno.Handle}/collegamento"))
        {
        }

        var declined = await brunoClient.FollowRedirectAsync(await brunoClient.PostAsync($"/membri/{anna.Handle}/collegamento/rifiuta"));
        Assert.Equal("Richiesta rifiutata. Chi l'ha inviata non riceve avvisi.", Notice(declined));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == anna.Id)));

        // Anna sees no button and is refused if she posts anyway; Bruno, who declined, may still ask her.
        var brunoProfile = await annaClient.GetDocumentAsync($"/membri/{bruno.Handle}");
        Assert.Null(brunoProfile.QuerySelector($"form[action='/membri/{bruno.Handle}/collegamento']"));
        var refused = await annaClient.FollowRedirectAsync(await annaClient.PostAsync($"/membri/{bruno.Handle}/collegamento"));
        Assert.StartsWith("La tua richiesta è stata rifiutata da poco", Notice(refused), StringComparison.Ordinal);
        Assert.NotNull((await brunoClient.GetDocumentAsync($"/membri/{anna.Handle}")).QuerySelector($"form[action='/membri/{anna.Handle}/collegamento']"));

        // A month later Anna may ask again.
        await Fixture.QueryDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE connections SET answered_at = now() - interval '31 days'"));
        var askedAgain = await annaClient.FollowRedirectAsync(await annaClient.PostAsync($"/membri/{bruno.Handle}/collegamento"));
        Assert.Equal($"Richiesta inviata a {bruno.DisplayName}: riceverà una notifica.", Notice(askedAgain));
        Assert.Equal(ConnectionStatus.Pending, await Fixture.QueryDbAsync(db => db.Connections.Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Repeated_crossed_self_and_too_many_requests_are_explained_and_a_long_message_is_kept_with_its_reason()
    {
        var anna = await Fixture.CreateMemberAsync();
        var bruno = await Fixture.CreateMemberAsync();
        using var annaClient = await Fixture.SignedInClientAsync(anna);
        using var brunoClient = await Fixture.SignedInClientAsync(bruno);

        var self = await annaClient.FollowRedirectAsync(await annaClient.PostAsync($"/membri/{anna.Handle}/collegamento"));
        Assert.Equal("Non puoi collegarti con te stesso.", Notice(self));

        using var tooLong = await annaClient.PostAsync($"/membri/{bruno.Handle}/collegamento", new Dictionary<string, string> { ["Message"] = new string('m', 301) });
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var kept = await BrowserLikeClient.ParseAsync(tooLong);
        Assert.Equal("Questo campo può avere al massimo 300 caratteri.", kept.QuerySelector("#Message-errore")!.TextContent);
        Assert.Equal(new string('m', 301), kept.QuerySelector("#Message")!.TextContent);
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Connections.CountAsync()));

        using (await annaClient.PostAsync($"/membri/{bruno.Handle}/collegamento"))
        {
        }

        var twice = await annaClient.FollowRedirectAsync(await annaClient.PostAsync($"/membri/{bruno.Handle}/collegamento"));
        Assert.Equal("Hai già chiesto di collegarvi: aspetta la risposta.", Notice(twice));
        var crossed = await brunoClient.FollowRedirectAsync(await brunoClient.PostAsync($"/membri/{anna.Handle}/collegamento"));
        Assert.Equal("Ti ha già chiesto di collegarvi: puoi accettare la richiesta.", Notice(crossed));

        // 25 requests in a day are the most one member may send.
        var others = Enumerable.Range(0, Connection.RequestsPerDay - 1).Select(_ => Build.Member()).ToArray();
        await Fixture.InsertAsync(others);
        await Fixture.InsertAsync(others.Select(o => (object)Connection.Request(anna.Id, o.Id, null, DateTimeOffset.UtcNow)).ToArray());
        var one = await Fixture.CreateMemberAsync();
        var limited = await annaClient.FollowRedirectAsync(await annaClient.PostAsync($"/membri/{one.Handle}/collegamento"));
        Assert.Equal("Hai inviato molte richieste nelle ultime 24 ore: riprova domani.", Notice(limited));
    }

    [Fact]
    public async Task Only_the_member_asked_can_answer_only_members_can_ask_and_every_change_needs_the_form_token()
    {
        var anna = await Fixture.CreateMemberAsync();
        var bruno = await Fixture.CreateMemberAsync();
        var carla = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var unconfirmed = await Fixture.CreateMemberAsync(confirmed: false);
        using var annaClient = await Fixture.SignedInClientAsync(anna);
        using (await annaClient.PostAsync($"/membri/{bruno.Handle}/collegamento"))
        {
        }

        // Anonymous: sent to sign in; unconfirmed: denied; both change nothing.
        using var anonymous = Fixture.CreateClient();
        using var anonymousPost = await anonymous.PostAsync($"/membri/{anna.Handle}/collegamento/accetta");
        Assert.StartsWith("/accesso", anonymousPost.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        using var unconfirmedClient = await Fixture.SignedInClientAsync(unconfirmed);
        using var unconfirmedPost = await unconfirmedClient.PostAsync($"/membri/{bruno.Handle}/collegamento");
        Assert.Equal("/accesso/negato", unconfirmedPost.Headers.Location!.AbsolutePath);

        // Carla and a moderator cannot answer a request that was not sent to them, nor can Anna answer her own.
        foreach (var intruder in new[] { carla, moderator, anna })
        {
            using var client = intruder == anna ? null : await Fixture.SignedInClientAsync(intruder);
            var page = await (client ?? annaClient).FollowRedirectAsync(await (client ?? annaClient).PostAsync($"/membri/{anna.Handle}/collegamento/accetta"));
            Assert.Equal("Non c'è nessuna richiesta o contatto da cambiare.", Notice(page));
        }

        Assert.Equal(ConnectionStatus.Pending, await Fixture.QueryDbAsync(db => db.Connections.Select(c => c.Status).SingleAsync()));

        // Bruno, without the form's token, is refused; with it, he accepts.
        using var brunoClient = await Fixture.SignedInClientAsync(bruno);
        using var forged = await brunoClient.Http.PostAsync($"/membri/{anna.Handle}/collegamento/accetta", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var accepted = await brunoClient.PostAsync($"/membri/{anna.Handle}/collegamento/accetta");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(ConnectionStatus.Accepted, await Fixture.QueryDbAsync(db => db.Connections.Select(c => c.Status).SingleAsync()));

        // Nobody else can end their connection, and an unknown member is a 404.
        using var carlaClient = await Fixture.SignedInClientAsync(carla);
        using (await carlaClient.PostAsync($"/membri/{anna.Handle}/collegamento/rimuovi"))
        {
        }

        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Connections.CountAsync()));
        using var unknown = await carlaClient.PostAsync("/membri/nessuno-qui/collegamento");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_contacts_list_shows_itself_to_whom_the_member_chose()
    {
        var owner = await Fixture.CreateMemberAsync("Olga Riservata");
        var contact = await Fixture.CreateMemberAsync("Carlo Contatto");
        var member = await Fixture.CreateMemberAsync("Mario Membro");
        await Fixture.InsertAsync(Accepted(owner.Id, contact.Id));
        using var anonymous = Fixture.CreateClient();
        using var contactClient = await Fixture.SignedInClientAsync(contact);
        using var memberClient = await Fixture.SignedInClientAsync(member);
        using var ownerClient = await Fixture.SignedInClientAsync(owner);

        // Who sees the list, in order: a visitor, a member, a contact, the owner ("+" sees, "-" does not).
        async Task<string> WhoSees(ContactsVisibility visibility)
        {
            await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == owner.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ContactsVisibility, visibility)));
            // Written straight to the database, past the commands that drop the cached public pages.
            await Fixture.ClearCachesAsync();
            var seen = "";
            foreach (var client in new[] { anonymous, memberClient, contactClient, ownerClient })
            {
                var list = await client.GetDocumentAsync($"/membri/{owner.Handle}/contatti");
                var profile = await client.GetDocumentAsync($"/membri/{owner.Handle}");
                var visible = list.QuerySelector(".member-card h3")?.TextContent == "Carlo Contatto";
                Assert.Equal(visible, profile.QuerySelector(".contact-chips") is not null);
                seen += visible ? "+" : "-";
            }

            return seen;
        }

        Assert.Equal("++++", await WhoSees(ContactsVisibility.Everyone));
        Assert.Equal("-+++", await WhoSees(ContactsVisibility.Members));
        Assert.Equal("--++", await WhoSees(ContactsVisibility.Contacts));
        Assert.Equal("---+", await WhoSees(ContactsVisibility.OnlyMe));
        Assert.Equal("Questo membro non mostra i suoi contatti a te.", (await memberClient.GetDocumentAsync($"/membri/{owner.Handle}/contatti")).QuerySelector(".lede-dark")!.TextContent);
    }

    [Fact]
    public async Task Contacts_of_contacts_are_counted_by_the_contacts_in_common_and_leave_out_anyone_already_tied_to_me()
    {
        var me = Build.Member("Io");
        var (anna, bruno, xena, yuri, zoe) = (Build.Member("Anna"), Build.Member("Bruno"), Build.Member("Xena"), Build.Member("Yuri"), Build.Member("Zoe"));
        await Fixture.InsertAsync(me, anna, bruno, xena, yuri, zoe);
        await Fixture.InsertAsync(
            Accepted(me.Id, anna.Id), Accepted(me.Id, bruno.Id), Accepted(anna.Id, bruno.Id),
            Accepted(anna.Id, xena.Id), Accepted(bruno.Id, xena.Id), Accepted(anna.Id, yuri.Id),
            Accepted(bruno.Id, zoe.Id), Connection.Request(me.Id, zoe.Id, null, DateTimeOffset.UtcNow),
            Connection.Request(yuri.Id, xena.Id, null, DateTimeOffset.UtcNow));

        var second = await Fixture.As(me).SendAsync(new GetContactsOfContacts(Language.Italian));

        Assert.Equal(["Xena", "Yuri"], second.Select(s => s.Person.DisplayName));
        Assert.Equal([2, 1], second.Select(s => s.InCommon));
        Assert.Equal(["Anna", "Bruno"], second[0].Through.Select(p => p.DisplayName));

        // The page says it in words.
        var member = await Fixture.CreateMemberAsync();
        await Fixture.InsertAsync(Accepted(member.Id, anna.Id));
        using var client = await Fixture.SignedInClientAsync(member);
        var page = await client.GetDocumentAsync("/rete/contatti-dei-contatti");
        var cards = page.QuerySelectorAll(".member-card");
        Assert.Equal(["Bruno", "Io", "Xena", "Yuri"], cards.Select(c => c.QuerySelector("h3")!.TextContent));
        Assert.Equal("1 contatto in comune: Anna", cards[0].QuerySelector(".in-common")!.TextContent);
    }

    [Fact]
    public async Task Suggestions_match_what_people_bring_and_seek_favour_other_role_groups_and_give_their_reasons()
    {
        var me = Build.Member("Io", primaryRoleId: 1);
        me.OffersTags = ["seo", "brand"];
        me.SeeksTags = ["video"];
        var bringsVideoSocial = Build.Member("Viola Video", primaryRoleId: 6);
        bringsVideoSocial.OffersTags = ["video"];
        var seeksSeoMarketing = Build.Member("Sergio Seo", primaryRoleId: 2);
        seeksSeoMarketing.SeeksTags = ["seo"];
        var bothSocial = Build.Member("Bianca Entrambi", primaryRoleId: 8);
        bothSocial.OffersTags = ["video", "reels"];
        bothSocial.SeeksTags = ["seo", "brand"];
        var nothing = Build.Member("Nino Niente", primaryRoleId: 6);
        nothing.OffersTags = ["fotografia"];
        var alreadyContact = Build.Member("Carla Contatto", primaryRoleId: 6);
        alreadyContact.OffersTags = ["video"];
        await Fixture.InsertAsync(me, bringsVideoSocial, seeksSeoMarketing, bothSocial, nothing, alreadyContact);
        await Fixture.InsertAsync(Accepted(me.Id, alreadyContact.Id));

        var suggestions = await Fixture.As(me).SendAsync(new SuggestContacts(Language.Italian));

        Assert.False(suggestions.ProfileHasNoTags);
        Assert.Equal(["Bianca Entrambi", "Viola Video", "Sergio Seo"], suggestions.People.Select(s => s.Person.DisplayName));
        Assert.Equal(["video"], suggestions.People[0].BringsWhatYouSeek);
        Assert.Equal(["seo", "brand"], suggestions.People[0].SeeksWhatYouBring);
        Assert.True(suggestions.People[0].OtherRoleGroup);
        Assert.False(suggestions.People[2].OtherRoleGroup);

        var empty = Build.Member();
        await Fixture.InsertAsync(empty);
        Assert.True((await Fixture.As(empty).SendAsync(new SuggestContacts(Language.Italian))).ProfileHasNoTags);
    }

    private static Connection Accepted(Guid requester, Guid addressee)
    {
        var connection = Connection.Request(requester, addressee, null, DateTimeOffset.UtcNow.AddDays(-3));
        connection.Answer(accept: true, DateTimeOffset.UtcNow.AddDays(-2));
        return connection;
    }
}
