using System.Net;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Security;

/// <summary>
/// Private pages and write actions against every kind of user: a visitor, a member who has not confirmed
/// the address, a member, the owner of the thing, the representative of another company, a moderator and
/// an admin. The ids are the owner's, so everyone else is a guessed or swapped id. Edits carry valid
/// fields, so only who sends them decides; the staff actions carry none, and past the door the form
/// comes back with messages.
/// </summary>
public sealed class AccessMatrixTests(ClubFixture fixture) : ClubTest(fixture)
{
    private enum Outcome
    {
        /// <summary>Sent to sign in.</summary>
        SignIn,

        /// <summary>Refused: access denied, forbidden or not found (nothing said about what exists).</summary>
        Refused,

        /// <summary>Let in: the page, the form back with messages, or the action done.</summary>
        In,
    }

    private sealed record Users(
        BrowserLikeClient Visitor, BrowserLikeClient Unconfirmed, BrowserLikeClient Member, BrowserLikeClient Owner,
        BrowserLikeClient OtherRepresentative, BrowserLikeClient Moderator, BrowserLikeClient Admin) : IDisposable
    {
        public IEnumerable<(string Who, BrowserLikeClient Client)> All =>
        [
            ("visitor", Visitor), ("unconfirmed", Unconfirmed), ("member", Member), ("owner", Owner),
            ("other company's representative", OtherRepresentative), ("moderator", Moderator), ("admin", Admin),
        ];

        public void Dispose()
        {
            foreach (var (_, client) in All)
            {
                client.Dispose();
            }
        }
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect when location.Contains("/accesso/negato", StringComparison.Ordinal) => Outcome.Refused,
            HttpStatusCode.Redirect when location.StartsWith("/accesso", StringComparison.Ordinal) => Outcome.SignIn,
            HttpStatusCode.Redirect when location.Contains("/accesso?", StringComparison.Ordinal) => Outcome.SignIn,
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => Outcome.Refused,
            HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Conflict => Outcome.In,
            _ => throw new InvalidOperationException($"Unexpected {(int)response.StatusCode} {location}"),
        };
    }

    // Columns: visitor, unconfirmed, member, owner, other company's representative, moderator, admin.
    private static readonly Outcome[] OwnerOnly = [Outcome.SignIn, Outcome.Refused, Outcome.Refused, Outcome.In, Outcome.Refused, Outcome.Refused, Outcome.Refused];
    private static readonly Outcome[] OwnerAndModerators = [Outcome.SignIn, Outcome.Refused, Outcome.Refused, Outcome.In, Outcome.Refused, Outcome.In, Outcome.In];
    private static readonly Outcome[] ModeratorsOnly = [Outcome.SignIn, Outcome.Refused, Outcome.Refused, Outcome.Refused, Outcome.Refused, Outcome.In, Outcome.In];
    private static readonly Outcome[] AdminOnly = [Outcome.SignIn, Outcome.Refused, Outcome.Refused, Outcome.Refused, Outcome.Refused, Outcome.Refused, Outcome.In];
    private static readonly Outcome[] AnyMember = [Outcome.SignIn, Outcome.In, Outcome.In, Outcome.In, Outcome.In, Outcome.In, Outcome.In];
    private static readonly Outcome[] AnyConfirmedMember = [Outcome.SignIn, Outcome.Refused, Outcome.In, Outcome.In, Outcome.In, Outcome.In, Outcome.In];

    [Fact]
    public async Task Everyone_reaches_only_what_is_theirs_across_private_pages_and_write_actions()
    {
        var owner = await Fixture.CreateMemberAsync("Olga Proprietaria");
        var applicant = await Fixture.CreateMemberAsync("Aldo Candidato");
        var otherRepresentative = await Fixture.CreateMemberAsync("Rita Concorrente");
        var (company, representatives) = Build.Company(representativeIds: owner.Id);
        var (otherCompany, otherRepresentatives) = Build.Company(representativeIds: otherRepresentative.Id);
        var idea = Build.Idea(owner.Id);
        var opportunity = Build.Opportunity(companyId: company.Id);
        var draft = Build.Practice(PracticeStatus.Draft);
        draft.AuthorId = owner.Id;
        var comment = Build.Comment(idea.Id, owner.Id, "Il mio commento.");
        await Fixture.InsertAsync([company, .. representatives, otherCompany, .. otherRepresentatives, idea, opportunity, draft, comment]);
        await Fixture.InsertAsync(Build.Response(opportunity.Id, applicant.Id, "Eccomi."));
        // The spam desk acts on bystanders: a held idea, a member to mark and reinstate, one to suspend, an appeal.
        var spammer = await Fixture.CreateMemberAsync("Sergio Sospetto");
        var suspect = await Fixture.CreateMemberAsync("Pietro Sospeso");
        var heldIdea = Build.Idea(spammer.Id, "Un'idea trattenuta");
        heldIdea.Screening = Screening.Held;
        var hold = new HeldItem { Kind = ContentKind.Idea, TargetId = heldIdea.Id, AuthorId = spammer.Id, Reasons = ["spam-words:forex"], HeldAt = DateTimeOffset.UtcNow };
        var appeal = new SuspensionAppeal { MemberId = suspect.Id, Text = "Non era spam.", SentAt = DateTimeOffset.UtcNow };
        await Fixture.InsertAsync(heldIdea, hold, appeal);
        // A path of Primi passi, whose steps any confirmed member marks as read.
        var step = Build.Practice(PracticeStatus.Published);
        var learningPath = new Application.Domain.FirstSteps.LearningPath { Slug = "percorso-della-matrice", Title = "Percorso della matrice", CreatedAt = DateTimeOffset.UtcNow };
        var edition = new Application.Domain.Newsletter.NewsletterEdition { WeekOf = new DateOnly(2026, 11, 30), TitleIt = "Edizione di prova", TitleEn = "Test edition", CreatedAt = DateTimeOffset.UtcNow };
        await Fixture.InsertAsync(edition);
        await Fixture.InsertAsync(step, learningPath, new Application.Domain.FirstSteps.LearningPathStep { PathId = learningPath.Id, Number = 1, PracticeId = step.Id });

        // A conversation between the owner and a member who is not among the users below.
        var conversation = new Application.Domain.Conversations.Conversation
        {
            StartedById = owner.Id,
            StartedAt = DateTimeOffset.UtcNow,
            LastMessageAt = DateTimeOffset.UtcNow,
            IsGroup = true,
            Title = "Gruppo della matrice",
            LastSeq = 1,
        };
        var ownMessage = new Application.Domain.Conversations.Message
        {
            ConversationId = conversation.Id,
            Seq = 1,
            AuthorId = owner.Id,
            BodyMarkdown = "Il primo.",
            BodyHtml = "<p>Il primo.</p>",
            At = DateTimeOffset.UtcNow,
        };
        await Fixture.InsertAsync(conversation);
        await Fixture.InsertAsync(
            new Application.Domain.Conversations.ConversationParticipant { ConversationId = conversation.Id, MemberId = owner.Id, JoinedAt = DateTimeOffset.UtcNow },
            new Application.Domain.Conversations.ConversationParticipant { ConversationId = conversation.Id, MemberId = applicant.Id, JoinedAt = DateTimeOffset.UtcNow },
            ownMessage);
        var report = new Application.Domain.Conversations.MessageReport
        {
            ConversationId = conversation.Id,
            MessageId = ownMessage.Id,
            ReporterId = applicant.Id,
            Reason = "Prova.",
            At = DateTimeOffset.UtcNow,
            Snapshot = "[]",
        };
        await Fixture.InsertAsync(report);
        // A session of the owner's on another device, which only the owner may end.
        var ownerSession = new MemberSession { MemberId = owner.Id, Method = "pwd", StartedAt = DateTimeOffset.UtcNow, LastSeenAt = DateTimeOffset.UtcNow };
        await Fixture.InsertAsync(ownerSession);
        // A passkey of the owner's (the owner also has a password, so removing it is allowed).
        var ownerPasskey = Build.Passkey(owner.Id, "Chiave della matrice");
        await Fixture.InsertAsync(ownerPasskey);
        var passkeyId = Application.Common.Accounts.PasskeyIds.IdOf(ownerPasskey.CredentialId);

        // An event of the owner's company, to come.
        var starts = DateTimeOffset.UtcNow.AddDays(30);
        var companyEvent = new Application.Domain.Events.Event
        {
            Title = "Evento della matrice",
            OrganizedBy = Application.Domain.Events.EventOrganizer.Company,
            CompanyId = company.Id,
            CreatedById = owner.Id,
            StartsAt = starts,
            EndsAt = starts.AddHours(2),
            City = "Torino",
            Region = ItalianRegion.Piemonte,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        await Fixture.InsertAsync(companyEvent);
        var eventDay = DateTime.UtcNow.Date.AddDays(40).AddHours(18).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var eventEnd = DateTime.UtcNow.Date.AddDays(40).AddHours(20).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> EventFields() => new()
        {
            ["Company"] = company.Slug,
            ["Kind"] = "Meetup",
            ["Title"] = "Evento scritto da chi passa",
            ["Description"] = "Descrizione.",
            ["Starts"] = eventDay,
            ["Ends"] = eventEnd,
            ["TimeZone"] = "Europe/Rome",
            ["City"] = "Torino",
            ["Region"] = "Piemonte",
        };

        using var users = new Users(
            Fixture.CreateClient(),
            await Fixture.SignedInClientAsync(await Fixture.CreateMemberAsync(confirmed: false)),
            await Fixture.SignedInClientAsync(await Fixture.CreateMemberAsync()),
            await Fixture.SignedInClientAsync(owner),
            await Fixture.SignedInClientAsync(otherRepresentative),
            await Fixture.SignedInClientAsync(await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator)),
            await Fixture.SignedInClientAsync(await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Admin)));

        var pages = new (string Path, Outcome[] Expected)[]
        {
            ("/immagini/nuova", AnyConfirmedMember),
            ("/moderazione/file", ModeratorsOnly),
            ("/notifiche", AnyMember),
            ("/seguiti", AnyMember),
            ("/seguaci", AnyMember),
            ("/profilo/bloccati", AnyMember),
            ("/idee/mie", AnyMember),
            ("/opportunita/mie-risposte", AnyMember),
            ("/salvati", AnyMember),
            ("/messaggi", AnyMember),
            ("/messaggi/nuovo", AnyConfirmedMember),
            ($"/messaggi/{conversation.Id}", OwnerOnly),
            ($"/messaggi/messaggio/{ownMessage.Id}/modifica", OwnerOnly),
            ($"/messaggi/{conversation.Id}/segnala", AnyMember),
            ("/moderazione/messaggi", ModeratorsOnly),
            ($"/moderazione/messaggi/{report.Id}", ModeratorsOnly),
            ("/menzioni/suggerimenti?q=ab", AnyMember),
            ("/profilo/modifica", AnyMember),
            ("/account", AnyMember),
            ("/account/conferma-identita", AnyMember),
            ("/repertorio/mie", AnyMember),
            ("/idee/nuova", AnyConfirmedMember),
            // A draft is not even admitted to exist for a visitor: not found rather than "sign in".
            ($"/repertorio/{draft.Id}", [Outcome.Refused, .. OwnerAndModerators[1..]]),
            ($"/repertorio/{draft.Id}/modifica", OwnerOnly),
            ($"/repertorio/{draft.Id}/tipo", OwnerOnly),
            ($"/idee/{idea.Id}/modifica", OwnerAndModerators),
            ($"/aziende/{company.Slug}/modifica", OwnerOnly),
            ($"/opportunita/{opportunity.Id}/modifica", OwnerOnly),
            ($"/opportunita/{opportunity.Id}/risposte", OwnerOnly),
            ($"/commenti/{comment.Id}/modifica", OwnerOnly),
            ("/moderazione", ModeratorsOnly),
            ("/moderazione/repertorio", ModeratorsOnly),
            ("/moderazione/commenti", ModeratorsOnly),
            ("/moderazione/trattenuti", ModeratorsOnly),
            ("/moderazione/spam", ModeratorsOnly),
            ("/moderazione/percorsi", ModeratorsOnly),
            ("/moderazione/percorsi/nuovo", ModeratorsOnly),
            ($"/moderazione/percorsi/{learningPath.Slug}/modifica", ModeratorsOnly),
            ("/moderazione/aggiornamenti", ModeratorsOnly),
            ($"/moderazione/aggiornamenti/{edition.Id}", ModeratorsOnly),
            ($"/moderazione/aggiornamenti/{edition.Id}/anteprima/en", ModeratorsOnly),
            ($"/moderazione/membri/{suspect.Id}/sospendi", AdminOnly),
            ("/admin", AdminOnly),
            ("/eventi/nuovo", AnyConfirmedMember),
            ($"/eventi/nuovo?azienda={company.Slug}", OwnerOnly),
            ($"/eventi/{companyEvent.Id}/modifica", OwnerAndModerators),
            ($"/eventi/{companyEvent.Id}/iscritti", OwnerAndModerators),
            ("/eventi/miei", AnyMember),
            ($"/eventi/{companyEvent.Id}/materiali", OwnerAndModerators),
            ($"/eventi/{companyEvent.Id}/iscritti.csv", OwnerAndModerators),
        };
        // Edits carry valid fields, so what decides is who sends them, not the form's messages.
        var writes = new (string Path, Outcome[] Expected, Dictionary<string, string>? Fields)[]
        {
            ($"/idee/{idea.Id}/modifica", OwnerAndModerators, new() { ["Title"] = "Titolo cambiato da chi passa", ["Body"] = "Testo cambiato." }),
            ($"/repertorio/{draft.Id}/modifica", OwnerOnly, new()
            {
                ["Kind"] = "Method", ["Level"] = "Introductory", ["Title"] = "Titolo cambiato", ["Summary"] = "Riassunto cambiato.", ["Steps"] = "Uno\nDue",
            }),
            ($"/repertorio/{draft.Id}/invia", OwnerOnly, null),
            ($"/messaggi/{conversation.Id}", OwnerOnly, new() { ["Body"] = "Scritto da chi passa." }),
            ($"/messaggi/messaggio/{ownMessage.Id}/modifica", OwnerOnly, new() { ["Body"] = "Corretto da chi passa." }),
            ($"/messaggi/messaggio/{ownMessage.Id}/elimina", OwnerOnly, null),
            ($"/messaggi/{conversation.Id}/per-me", OwnerOnly, new() { ["change"] = "Mute" }),
            ($"/messaggi/{conversation.Id}/esci", OwnerOnly, null),
            ("/eventi/nuovo", OwnerOnly, EventFields()),
            ($"/eventi/{companyEvent.Id}/modifica", OwnerAndModerators, EventFields()),
            ($"/eventi/{companyEvent.Id}/iscrizione", AnyConfirmedMember, null),
            ($"/eventi/{companyEvent.Id}/iscrizione/annulla", AnyMember, null),
            ("/eventi/miei/calendario", AnyMember, null),
            // Before the event starts the organisers are told it is too early (409); others are refused first.
            ($"/eventi/{companyEvent.Id}/materiali", OwnerAndModerators, new() { ["Materials[0].Title"] = "Slide", ["Materials[0].Url"] = "https://esempio.it/s.pdf" }),
            ($"/eventi/{companyEvent.Id}/pratica", OwnerAndModerators, new() { ["kind"] = "Story" }),
            ("/eventi/miei/calendario/revoca", AnyMember, null),
            // A month before the event the door is not open: the organisers are told so (409), others refused first.
            ($"/eventi/{companyEvent.Id}/iscritti/{owner.Id}/arrivo", OwnerAndModerators, new() { ["arrived"] = "true" }),
            ($"/messaggi/{conversation.Id}/segnala", OwnerOnly, new() { ["Reason"] = "Segnalato da chi passa." }),
            ($"/account/sessioni/{ownerSession.Id}/termina", OwnerOnly, null),
            ("/account/sessioni/termina-le-altre", AnyMember, null),
            ($"/account/passkey/{passkeyId}/nome", OwnerOnly, new() { ["name"] = "Rinominata da chi passa" }),
            ($"/account/passkey/{passkeyId}/rimuovi", OwnerOnly, null),
            ($"/moderazione/messaggi/{report.Id}", ModeratorsOnly, new() { ["agito"] = "false" }),
            ($"/aziende/{company.Slug}/modifica", OwnerOnly, new()
            {
                ["Name"] = company.Name, ["Kind"] = "Company", ["Sector"] = "moda", ["Size"] = "Small", ["Region"] = "Lombardia", ["Description"] = "Descrizione cambiata.",
            }),
            ($"/opportunita/{opportunity.Id}/modifica", OwnerOnly, new()
            {
                ["Kind"] = nameof(OpportunityKind.Project), ["Title"] = "Titolo cambiato", ["Description"] = "Descrizione cambiata.", ["Region"] = "Lombardia",
            }),
            ($"/opportunita/{opportunity.Id}/risposte/{applicant.Id}", OwnerOnly, new() { ["status"] = nameof(ResponseStatus.UnderReview) }),
            ($"/commenti/{comment.Id}/modifica", OwnerOnly, new() { ["Body"] = "Commento cambiato da chi passa." }),
            // Without a file the photo and logo forms come back with their message; removing is done at once.
            ("/profilo/foto", AnyMember, null),
            // Following is the member's own list: any signed-in member may follow, and only for themselves.
            ($"/membri/{owner.Handle}/segui", AnyMember, new() { ["follow"] = "true" }),
            ($"/aziende/{company.Slug}/segui", AnyMember, new() { ["follow"] = "true" }),
            ("/parole-chiave/video/segui", AnyMember, new() { ["follow"] = "true" }),
            ("/ruoli/6/segui", AnyMember, new() { ["follow"] = "true" }),
            ("/parole-chiave/segui", AnyMember, new() { ["tag"] = "video" }),
            ("/ruoli/segui", AnyMember, new() { ["role"] = "6" }),
            ($"/membri/{owner.Handle}/blocco", AnyMember, new() { ["kind"] = "Mute" }),
            ("/profilo/foto/rimuovi", AnyMember, null),
            ($"/aziende/{company.Slug}/logo", OwnerOnly, null),
            ($"/aziende/{company.Slug}/logo/rimuovi", OwnerOnly, null),
            ("/immagini/nuova", AnyConfirmedMember, null),
            ($"/moderazione/file/{Guid.CreateVersion7()}/rimuovi", ModeratorsOnly, null),
            ($"/idee/{idea.Id}/stato", ModeratorsOnly, null),
            ($"/repertorio/{draft.Id}/cura", ModeratorsOnly, null),
            ($"/commenti/{comment.Id}/moderazione", ModeratorsOnly, null),
            ("/moderazione/glossario", ModeratorsOnly, null),
            ("/moderazione/percorsi", ModeratorsOnly, null),
            ("/moderazione/percorsi/componi", ModeratorsOnly, new() { ["op"] = "search", ["search"] = "piano" }),
            ($"/primi-passi/{learningPath.Slug}/passi/{step.Id}", AnyConfirmedMember, null),
            ("/moderazione/aggiornamenti/prepara", ModeratorsOnly, null),
            ($"/moderazione/aggiornamenti/{edition.Id}", ModeratorsOnly, null),
            ($"/moderazione/aggiornamenti/{edition.Id}/prova", ModeratorsOnly, null),
            ($"/moderazione/aggiornamenti/{edition.Id}/invio", ModeratorsOnly, new() { ["quando"] = "2030-01-07T09:00" }),
            ($"/moderazione/aggiornamenti/{edition.Id}/annulla", ModeratorsOnly, null),
            ("/admin/staff", AdminOnly, null),
            // The second decision on a hold, a marking or an appeal is answered "already decided" (In).
            ($"/moderazione/trattenuti/{hold.Id}", ModeratorsOnly, new() { ["decision"] = "Approve" }),
            ($"/moderazione/membri/{spammer.Id}/spam", ModeratorsOnly, null),
            ($"/moderazione/membri/{spammer.Id}/riattiva", ModeratorsOnly, null),
            ($"/moderazione/ricorsi/{appeal.Id}/archivia", ModeratorsOnly, null),
            ("/moderazione/spam", ModeratorsOnly, new() { ["Kind"] = "Phrase", ["Value"] = "offerta imperdibile solo oggi" }),
            ($"/moderazione/membri/{suspect.Id}/sospendi", AdminOnly, new() { ["Reason"] = "Prova della matrice degli accessi." }),
        };
        // The same edits with every field left empty: who may is decided before what is wrong with the form,
        // so a stranger is refused as above and only those who may see the form again with its messages.
        var invalidWrites = new (string Path, Outcome[] Expected)[]
        {
            ($"/idee/{idea.Id}/modifica", OwnerAndModerators),
            ($"/repertorio/{draft.Id}/modifica", OwnerOnly),
            ($"/aziende/{company.Slug}/modifica", OwnerOnly),
            ($"/opportunita/{opportunity.Id}/modifica", OwnerOnly),
            ($"/commenti/{comment.Id}/modifica", OwnerOnly),
        };
        var empty = new Dictionary<string, string> { ["Title"] = "", ["Body"] = "", ["Name"] = "", ["Description"] = "", ["Summary"] = "" };

        var wrong = new List<string>();
        foreach (var (path, expected) in pages)
        {
            foreach (var ((who, client), outcome) in users.All.Zip(expected))
            {
                using var response = await client.Http.GetAsync(new Uri(path, UriKind.Relative));
                Record(wrong, $"GET {path}", who, outcome, response);
            }
        }

        // Before the valid edits below, while every item can still be edited by its owner.
        foreach (var (path, expected) in invalidWrites)
        {
            foreach (var ((who, client), outcome) in users.All.Zip(expected))
            {
                using var response = await client.PostAsync(path, empty);
                Record(wrong, $"POST {path} (invalid form)", who, outcome, response);
                if (outcome == Outcome.In && response.StatusCode != HttpStatusCode.OK)
                {
                    wrong.Add($"POST {path} (invalid form) as {who}: expected the form again, got {(int)response.StatusCode}");
                }
            }
        }

        foreach (var (path, expected, fields) in writes)
        {
            // The owner goes last, so a change let through for anyone else would still be visible below.
            foreach (var ((who, client), outcome) in users.All.Zip(expected).OrderBy(u => u.First.Client == users.Owner))
            {
                using var response = await client.PostAsync(path, fields);
                Record(wrong, $"POST {path}", who, outcome, response);
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        // Only the owner's own edits (and the moderators' on the idea) landed.
        Assert.Equal([owner.Id, owner.Id], await Fixture.QueryDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Messages.Where(m => m.ConversationId == conversation.Id).OrderBy(m => m.Seq).Select(m => m.AuthorId))));
        Assert.Equal("Commento cambiato da chi passa.", await Fixture.QueryDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Comments.Where(c => c.Id == comment.Id).Select(c => c.BodyMarkdown))));
    }

    private static void Record(List<string> wrong, string request, string who, Outcome expected, HttpResponseMessage response)
    {
        var actual = Classify(response);
        if (actual != expected)
        {
            wrong.Add($"{request} as {who}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
        }
    }
}
