using System.Reflection;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Features.Accounts;
using ClubMediaSociali.Application.Features.AccountSettings;
using ClubMediaSociali.Application.Features.Admin;
using ClubMediaSociali.Application.Features.Comments;
using ClubMediaSociali.Application.Features.Companies;
using ClubMediaSociali.Application.Features.Connections;
using ClubMediaSociali.Application.Features.FirstSteps;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Application.Features.Moderation;
using ClubMediaSociali.Application.Features.Opportunities;
using ClubMediaSociali.Application.Features.Repertoire;
using ClubMediaSociali.Tests.Features.Media;
using ClubMediaSociali.Tests.Features.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Performance;

/// <summary>
/// For every command that declares public pages it changes: a visitor is served a page from the cache, the
/// command runs, and the visitor's next request renders the page again and shows what changed. A command
/// without a case here fails <see cref="Every_command_that_changes_public_pages_has_a_case"/>.
/// </summary>
public sealed class PageCacheCommandTests(ClubFixture fixture) : ClubTest(fixture)
{
    /// <summary>
    /// What a visitor should notice on <paramref name="Url"/> once <paramref name="Act"/> has run: a text that
    /// appears, one that goes, or (when neither is given) any change to the page.
    /// </summary>
    private sealed record Case(string Url, Func<Task> Act, string? Appears = null, string? Goes = null);

    private static readonly Dictionary<string, Func<PageCacheCommandTests, Task<Case>>> Cases = new()
    {
        // Ideas
        [nameof(SaveIdea)] = async t =>
        {
            var author = await t.Fixture.CreateMemberAsync();
            return new("/idee?ordine=nuove", () => Ok(t.Fixture.As(author).SendAsync(new SaveIdea { Title = "Un calendario comune degli eventi", Body = "Per non sovrapporre gli incontri del Club." })),
                Appears: "Un calendario comune degli eventi");
        },
        [nameof(VoteOnIdea)] = async t =>
        {
            var (idea, _) = await t.IdeaAsync();
            var voter = await t.Fixture.CreateMemberAsync();
            return new($"/idee/{idea.Id}", () => Ok(t.Fixture.As(voter).SendAsync(new VoteOnIdea(idea.Id, VoteChoice.For))), Appears: "<span class=\"vote-count\">1</span>");
        },
        [nameof(FollowIdea)] = async t =>
        {
            var (idea, _) = await t.IdeaAsync();
            var follower = await t.Fixture.CreateMemberAsync();
            return new($"/idee/{idea.Id}", () => Ok(t.Fixture.As(follower).SendAsync(new FollowIdea(idea.Id, Follow: true))));
        },
        [nameof(ChangeIdeaStatus)] = async t =>
        {
            var (idea, _) = await t.IdeaAsync();
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new($"/idee/{idea.Id}", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new ChangeIdeaStatus { IdeaId = idea.Id, Status = IdeaStatus.UnderDiscussion, Reason = "Ne parliamo alla prossima riunione." })),
                Appears: "Ne parliamo alla prossima riunione.");
        },
        [nameof(TurnIdeaIntoPractice)] = async t =>
        {
            var (idea, _) = await t.IdeaAsync(IdeaStatus.Realised);
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new($"/idee/{idea.Id}", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new TurnIdeaIntoPractice(idea.Id))));
        },

        // Comments
        [nameof(PostComment)] = async t =>
        {
            var (idea, author) = await t.IdeaAsync();
            return new($"/idee/{idea.Id}", () => Ok(t.Fixture.As(author).SendAsync(new PostComment { ThreadKind = CommentThreadKind.Idea, ThreadId = idea.Id, Body = "Aggiungo una prova sul campo." })),
                Appears: "Aggiungo una prova sul campo.");
        },
        [nameof(EditComment)] = async t =>
        {
            var (idea, author, comment) = await t.CommentedIdeaAsync();
            return new($"/idee/{idea.Id}", () => Ok(t.Fixture.As(author).SendAsync(new EditComment { CommentId = comment, Body = "Corretto: la prova era a Torino." })),
                Appears: "Corretto: la prova era a Torino.");
        },
        [nameof(DeleteComment)] = async t =>
        {
            var (idea, author, comment) = await t.CommentedIdeaAsync();
            return new($"/idee/{idea.Id}", () => Ok(t.Fixture.As(author).SendAsync(new DeleteComment(comment))), Goes: CommentBody);
        },
        [nameof(ModerateComment)] = async t =>
        {
            var (idea, _, comment) = await t.CommentedIdeaAsync();
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new($"/idee/{idea.Id}", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new ModerateComment { CommentId = comment, Decision = CommentDecision.Remove, Reason = "Fuori tema" })),
                Goes: CommentBody);
        },
        [nameof(FlagComment)] = async t =>
        {
            // The third flag hides the comment.
            var (idea, _, comment) = await t.CommentedIdeaAsync();
            foreach (var reader in new[] { await t.Fixture.CreateMemberAsync(), await t.Fixture.CreateMemberAsync() })
            {
                await Ok(t.Fixture.As(reader).SendAsync(new FlagComment { CommentId = comment, Reason = "Pubblicita" }));
            }

            var third = await t.Fixture.CreateMemberAsync();
            return new($"/idee/{idea.Id}", () => Ok(t.Fixture.As(third).SendAsync(new FlagComment { CommentId = comment, Reason = "Pubblicita" })), Goes: CommentBody);
        },

        // Repertoire
        [nameof(MarkPracticeUseful)] = async t =>
        {
            var practice = await t.Fixture.InsertPublishedAsync(await t.Fixture.CreateMemberAsync());
            var reader = await t.Fixture.CreateMemberAsync();
            return new($"/repertorio/{practice.Id}", () => Ok(t.Fixture.As(reader).SendAsync(new MarkPracticeUseful(practice.Id, Useful: true))));
        },
        [nameof(CuratePractice)] = async t =>
        {
            var practice = await t.Fixture.InsertPublishedAsync(await t.Fixture.CreateMemberAsync());
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new($"/repertorio/{practice.Id}", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new CuratePractice { PracticeId = practice.Id, Action = CurationAction.Feature })),
                Appears: "featured-badge");
        },
        [nameof(ReviewPractice)] = async t =>
        {
            var author = await t.Fixture.CreateMemberAsync();
            var practice = Build.Practice(PracticeStatus.Submitted);
            (practice.Title, practice.AuthorId, practice.SubmittedAt) = ("Un piano editoriale in quattro settimane", author.Id, DateTimeOffset.UtcNow);
            await t.Fixture.InsertAsync(practice);
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new("/repertorio", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new ReviewPractice { PracticeId = practice.Id, Decision = ReviewDecision.Publish })),
                Appears: "Un piano editoriale in quattro settimane");
        },

        // Business network
        [nameof(SaveOpportunity)] = async t =>
        {
            var (company, representative) = await t.CompanyAsync();
            return new("/opportunita", () => Ok(t.Fixture.As(representative).SendAsync(new SaveOpportunity
            {
                Company = company.Slug,
                Kind = OpportunityKind.Collaboration,
                Title = "Cerchiamo un fotografo di prodotto",
                Description = "Tre giornate di scatti in caseificio.",
                Remote = true,
                Publish = true,
            })), Appears: "Cerchiamo un fotografo di prodotto");
        },
        [nameof(CloseOpportunity)] = async t =>
        {
            var (opportunity, representative) = await t.OpportunityAsync();
            return new("/opportunita", () => Ok(t.Fixture.As(representative).SendAsync(new CloseOpportunity(opportunity.Id))), Goes: opportunity.Title);
        },
        [nameof(RemoveOpportunity)] = async t =>
        {
            var (opportunity, _) = await t.OpportunityAsync();
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new("/opportunita", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new RemoveOpportunity(opportunity.Id, "Offerta non seria"))), Goes: opportunity.Title);
        },
        [nameof(CloseExpiredOpportunities)] = async t =>
        {
            var (opportunity, _) = await t.OpportunityAsync(o => o.Deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)));
            return new("/opportunita", () => t.Fixture.SendAsync(new CloseExpiredOpportunities()), Goes: opportunity.Title);
        },
        [nameof(Application.Features.Events.SaveEvent)] = async t =>
        {
            var moderator = await t.Fixture.CreateMemberAsync();
            var day = DateTime.UtcNow.Date.AddDays(12).AddHours(18);
            return new("/eventi", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new Application.Features.Events.SaveEvent
            {
                ForClub = true,
                Kind = Application.Domain.Events.EventKind.Meetup,
                Title = "Colazione del Club a Verona",
                Description = "Un'ora insieme prima del lavoro.",
                Starts = day,
                Ends = day.AddHours(1),
                City = "Verona",
                Region = ItalianRegion.Veneto,
            })), Appears: "Colazione del Club a Verona");
        },
        [nameof(Application.Features.Events.CancelEvent)] = async t =>
        {
            var moderator = await t.Fixture.CreateMemberAsync();
            var day = DateTime.UtcNow.Date.AddDays(12).AddHours(18);
            var id = (await t.Fixture.AsModerator(moderator).SendAsync(new Application.Features.Events.SaveEvent
            {
                ForClub = true,
                Kind = Application.Domain.Events.EventKind.Meetup,
                Title = "Pranzo del Club a Lecce",
                Description = "Un pranzo insieme.",
                Starts = day,
                Ends = day.AddHours(2),
                City = "Lecce",
                Region = ItalianRegion.Puglia,
            })).Value;
            return new("/eventi", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new Application.Features.Events.CancelEvent(id))), Goes: "Pranzo del Club a Lecce");
        },
        // The event page shows everyone the places left, its materials and its comments.
        [nameof(Application.Features.Events.RegisterForEvent)] = async t =>
        {
            var (id, _) = await t.EventAsync("Cena del Club a Trento");
            var guest = await t.Fixture.CreateMemberAsync();
            return new($"/eventi/{id}", () => Ok(t.Fixture.As(guest).SendAsync(new Application.Features.Events.RegisterForEvent(id))),
                Appears: "Posti liberi: 4 su 5.", Goes: "Posti liberi: 5 su 5.");
        },
        [nameof(Application.Features.Events.CancelRegistration)] = async t =>
        {
            var (id, _) = await t.EventAsync("Cena del Club a Bolzano");
            var guest = await t.Fixture.CreateMemberAsync();
            await Ok(t.Fixture.As(guest).SendAsync(new Application.Features.Events.RegisterForEvent(id)));
            return new($"/eventi/{id}", () => Ok(t.Fixture.As(guest).SendAsync(new Application.Features.Events.CancelRegistration(id))),
                Appears: "Posti liberi: 5 su 5.", Goes: "Posti liberi: 4 su 5.");
        },
        [nameof(Application.Features.Events.SaveEventMaterials)] = async t =>
        {
            var (id, organiser) = await t.EventAsync("Cena del Club a Udine");
            await t.Fixture.QueryDbAsync(db => db.Events.Where(e => e.Id == id)
                .ExecuteUpdateAsync(e => e.SetProperty(x => x.StartsAt, DateTimeOffset.UtcNow.AddMinutes(-5))));
            return new($"/eventi/{id}", () => Ok(t.Fixture.AsModerator(organiser).SendAsync(new Application.Features.Events.SaveEventMaterials
            {
                EventId = id,
                Materials = [new() { Title = "Le slide della serata", Url = "https://esempio.it/slide.pdf" }],
            })), Appears: "Le slide della serata");
        },
        [nameof(SaveCompany)] = async t =>
        {
            var founder = await t.Fixture.CreateMemberAsync();
            return new("/aziende", () => Ok(t.Fixture.As(founder).SendAsync(new SaveCompany
            {
                Name = "Torrefazione Aurora",
                Kind = CompanyKind.Company,
                Sector = "alimentare",
                Size = CompanySize.Small,
                Region = ItalianRegion.Piemonte,
                Description = "Tostiamo caffe dal 1962.",
            })), Appears: "Torrefazione Aurora");
        },
        [nameof(SetCompanyLogo)] = async t =>
        {
            var (company, representative) = await t.CompanyAsync();
            return new($"/aziende/{company.Slug}", () => Ok(t.Fixture.As(representative).SendAsync(new SetCompanyLogo(company.Slug, PictureCorpus.Png()))), Appears: "/media/");
        },
        [nameof(SetProfilePhoto)] = async t =>
        {
            var member = await t.Fixture.CreateMemberAsync();
            return new($"/membri/{member.Handle}", () => Ok(t.Fixture.As(member).SendAsync(new SetProfilePhoto(PictureCorpus.Jpeg()))), Appears: "/media/");
        },
        [nameof(RemoveUpload)] = async t =>
        {
            var member = await t.Fixture.CreateMemberAsync();
            await Ok(t.Fixture.As(member).SendAsync(new SetProfilePhoto(PictureCorpus.Jpeg())));
            var photo = await t.Fixture.QueryDbAsync(db => db.Uploads.Select(u => u.Id).SingleAsync());
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new($"/membri/{member.Handle}", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new RemoveUpload(photo, "Immagine non adatta."))), Goes: "/media/");
        },
        [nameof(SetCompanyMarks)] = async t =>
        {
            var (company, _) = await t.CompanyAsync();
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new($"/aziende/{company.Slug}", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new SetCompanyMarks(company.Slug, Verified: true, FoundingPartner: false))),
                Appears: "mark-verified");
        },
        [nameof(DecideJoinRequest)] = async t =>
        {
            var (company, representative) = await t.CompanyAsync();
            var colleague = await t.Fixture.CreateMemberAsync("Ottavia Ranieri");
            await t.Fixture.InsertAsync(new CompanyMember { CompanyId = company.Id, MemberId = colleague.Id, Status = CompanyMemberStatus.Requested, RequestedAt = DateTimeOffset.UtcNow });
            return new($"/aziende/{company.Slug}", () => Ok(t.Fixture.As(representative).SendAsync(new DecideJoinRequest(company.Slug, colleague.Id, Accept: true))),
                Appears: "Ottavia Ranieri");
        },

        // Members
        [nameof(UpdateProfile)] = async t =>
        {
            var member = await t.Fixture.CreateMemberAsync("Lorenzo Galli");
            return new($"/membri/{member.Handle}", () => Ok(t.Fixture.As(member).SendAsync(new UpdateProfile
            {
                DisplayName = "Lorenzo Galli",
                Headline = "Fotografo di cucina",
                PrimaryRoleId = member.PrimaryRoleId,
                Visibility = ProfileVisibility.Everyone,
            })), Appears: "Fotografo di cucina");
        },
        [nameof(AnswerConnection)] = async t =>
        {
            var (asker, answerer) = (await t.Fixture.CreateMemberAsync(), await t.ContactsShownToEveryoneAsync());
            await t.Fixture.InsertAsync(Connection.Request(asker.Id, answerer.Id, null, DateTimeOffset.UtcNow));
            return new($"/membri/{answerer.Handle}", () => Ok(t.Fixture.As(answerer).SendAsync(new AnswerConnection(asker.Handle!, Accept: true))));
        },
        [nameof(RemoveConnection)] = async t =>
        {
            var (asker, answerer) = (await t.Fixture.CreateMemberAsync(), await t.ContactsShownToEveryoneAsync());
            var connection = Connection.Request(asker.Id, answerer.Id, null, DateTimeOffset.UtcNow);
            connection.Answer(accept: true, DateTimeOffset.UtcNow);
            await t.Fixture.InsertAsync(connection);
            return new($"/membri/{answerer.Handle}", () => Ok(t.Fixture.As(answerer).SendAsync(new RemoveConnection(asker.Handle!))));
        },
        [nameof(SignUp)] = async t =>
        {
            await Task.CompletedTask;
            return new("/membri", () => Ok(t.Fixture.SendAsync(new SignUp
            {
                DisplayName = "Nadia Serra",
                Email = "nadia.serra@test.example",
                Password = Infrastructure.Accounts.Password,
                PrimaryRoleId = 1,
                AcceptTerms = true,
            })), Appears: "Nadia Serra");
        },
        [nameof(JoinWithProvider)] = async t =>
        {
            await Task.CompletedTask;
            return new("/membri", () => Ok(t.Fixture.SendAsync(new JoinWithProvider
            {
                DisplayName = "Ornella Esterna",
                Email = "ornella.esterna@test.example",
                PrimaryRoleId = 1,
                AcceptTerms = true,
                Account = new ExternalAccount("linkedin", "sub-cache", "LinkedIn", "ornella.esterna@test.example"),
            })), Appears: "Ornella Esterna");
        },
        [nameof(DeleteAccount)] = async t =>
        {
            var (idea, author) = await t.IdeaAsync();
            return new($"/idee/{idea.Id}", () => Ok(t.Fixture.As(author).SendAsync(new DeleteAccount { Password = Infrastructure.Accounts.Password })), Goes: author.DisplayName);
        },

        // Administration
        [nameof(SaveProfessionalRole)] = async t =>
        {
            var admin = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Admin);
            var member = await t.Fixture.CreateMemberAsync();
            return new($"/membri/{member.Handle}", () => Ok(t.Fixture.AsAdmin(admin).SendAsync(new SaveProfessionalRole
            {
                RoleId = member.PrimaryRoleId,
                GroupId = 1,
                NameIt = "Responsabile della presenza online",
                NameEn = "Online presence lead",
                Reason = "nome piu chiaro",
            })), Appears: "Responsabile della presenza online");
        },
        [nameof(CreateAdmin)] = async t =>
        {
            await Task.CompletedTask;
            return new("/membri", () => t.Fixture.SendAsync(new CreateAdmin("direzione@test.example")));
        },

        // Primi passi
        [nameof(SaveGlossaryTerm)] = async t =>
        {
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new("/glossario", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new SaveGlossaryTerm { Term = "Engagement", Definition = "Quanto le persone interagiscono con un contenuto." })),
                Appears: "Quanto le persone interagiscono con un contenuto.");
        },
        [nameof(DeleteGlossaryTerm)] = async t =>
        {
            var term = new GlossaryTerm { Term = "Reach", Slug = "reach", Definition = "Quante persone vedono un contenuto.", UpdatedAt = DateTimeOffset.UtcNow };
            await t.Fixture.InsertAsync(term);
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new("/glossario", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new DeleteGlossaryTerm(term.Id))), Goes: "Quante persone vedono un contenuto.");
        },
        [nameof(SaveLearningPath)] = async t =>
        {
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            var practice = await t.Fixture.InsertPublishedAsync(moderator);
            return new("/primi-passi", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new SaveLearningPath
            {
                Title = "Misurare i risultati",
                Intro = "Tre letture per cominciare.",
                Steps = [new PathStepInput { PracticeId = practice.Id, Note = "Il punto di partenza." }],
            })),
                Appears: "Misurare i risultati");
        },
        [nameof(DeleteLearningPath)] = async t =>
        {
            var path = new LearningPath { Slug = "il-primo-piano", Title = "Il primo piano editoriale", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            await t.Fixture.InsertAsync(path);
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new("/primi-passi", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new DeleteLearningPath(path.Id))), Goes: "Il primo piano editoriale");
        },

        // Spam defence
        [nameof(MarkAsSpam)] = async t =>
        {
            var (idea, author) = await t.IdeaAsync();
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new("/idee?ordine=nuove", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new MarkAsSpam { MemberId = author.Id })), Goes: idea.Title);
        },
        [nameof(ReinstateMember)] = async t =>
        {
            var (idea, author) = await t.IdeaAsync();
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            await Ok(t.Fixture.AsModerator(moderator).SendAsync(new MarkAsSpam { MemberId = author.Id }));
            return new("/idee?ordine=nuove", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new ReinstateMember(author.Id))), Appears: idea.Title);
        },
        [nameof(ReviewHeldItem)] = async t =>
        {
            var author = await t.Fixture.CreateMemberAsync("Serena Vitale");
            var idea = Build.Idea(author.Id, "Un archivio comune di casi");
            idea.Screening = Screening.Held;
            var hold = new HeldItem { Kind = ContentKind.Idea, TargetId = idea.Id, AuthorId = author.Id, Reasons = ["spam-words:crypto"], HeldAt = DateTimeOffset.UtcNow };
            await t.Fixture.InsertAsync(idea, hold);
            var moderator = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
            return new("/idee?ordine=nuove", () => Ok(t.Fixture.AsModerator(moderator).SendAsync(new ReviewHeldItem { HoldId = hold.Id, Decision = HeldDecision.Approve })),
                Appears: idea.Title);
        },
        [nameof(SuspendMember)] = async t =>
        {
            var member = await t.Fixture.CreateMemberAsync("Ottavio Sospeso");
            var admin = await t.Fixture.CreateMemberAsync(staffRoles: StaffRoles.Admin);
            return new("/membri", () => Ok(t.Fixture.AsAdmin(admin).SendAsync(new SuspendMember { MemberId = member.Id, Reason = "Messaggi offensivi ripetuti." })),
                Goes: "Ottavio Sospeso");
        },
    };

    private const string CommentBody = "Un commento da togliere dalla pagina.";

    public static TheoryData<string> Commands => [.. Cases.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_visitors_cached_page_shows_what_the_command_changed_at_once(string command)
    {
        var scenario = await Cases[command](this);
        using var visitor = Fixture.CreateClient();
        var before = await GetAsync(visitor, scenario.Url);
        Assert.Equal(0, (await GetAsync(visitor, scenario.Url)).Sql);
        if (scenario.Appears is { } appears)
        {
            Assert.DoesNotContain(appears, before.Html, StringComparison.Ordinal);
        }

        if (scenario.Goes is { } goes)
        {
            Assert.Contains(goes, before.Html, StringComparison.Ordinal);
        }

        await scenario.Act();

        // The next visitor gets the page with the change in it (pages built from cached answers, like the
        // home page, may be rendered again without SQL: what counts is what the visitor reads).
        var after = await GetAsync(visitor, scenario.Url);
        if (scenario.Appears is null && scenario.Goes is null)
        {
            Assert.NotEqual(before.Html, after.Html);
        }

        if (scenario.Appears is { } appeared)
        {
            Assert.Contains(appeared, after.Html, StringComparison.Ordinal);
        }

        if (scenario.Goes is { } gone)
        {
            Assert.DoesNotContain(gone, after.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_command_that_changes_public_pages_has_a_case()
    {
        var declared = typeof(ClubDbContext).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<ChangesPagesAttribute>() is not null)
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(declared, Cases.Keys.Order(StringComparer.Ordinal));
    }

    private static async Task Ok<T>(Task<Result<T>> sending)
    {
        var result = await sending;
        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    /// <summary>A Club event of five places in twelve days, organised by a moderator.</summary>
    private async Task<(Guid Id, Member Organiser)> EventAsync(string title)
    {
        var moderator = await Fixture.CreateMemberAsync();
        return ((await Fixture.AsModerator(moderator).SendAsync(Build.ClubMeetup(title, capacity: 5))).Value, moderator);
    }

    private async Task<(Idea Idea, Member Author)> IdeaAsync(IdeaStatus status = IdeaStatus.New)
    {
        var author = await Fixture.CreateMemberAsync("Serena Vitale");
        var idea = Build.Idea(author.Id, "Un archivio comune di casi", status: status);
        await Fixture.InsertAsync(idea);
        return (idea, author);
    }

    private async Task<(Idea Idea, Member Author, Guid Comment)> CommentedIdeaAsync()
    {
        var (idea, author) = await IdeaAsync();
        var comment = await Fixture.As(author).SendAsync(new PostComment { ThreadKind = CommentThreadKind.Idea, ThreadId = idea.Id, Body = CommentBody });
        return (idea, author, comment.Value.Id);
    }

    /// <summary>A member whose contacts everyone may see, visitors included.</summary>
    private async Task<Member> ContactsShownToEveryoneAsync()
    {
        var member = await Fixture.CreateMemberAsync();
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.ContactsVisibility, ContactsVisibility.Everyone)));
        return member;
    }

    private async Task<(Company Company, Member Representative)> CompanyAsync()
    {
        var representative = await Fixture.CreateMemberAsync();
        var (company, representatives) = Build.Company("Caseificio Monti", representativeIds: representative.Id);
        await Fixture.InsertAsync([company, .. representatives]);
        return (company, representative);
    }

    private async Task<(Opportunity Opportunity, Member Representative)> OpportunityAsync(Action<Opportunity>? shape = null)
    {
        var (company, representative) = await CompanyAsync();
        var opportunity = Build.Opportunity(companyId: company.Id);
        (opportunity.Title, opportunity.AuthorId, opportunity.PublishedAt) = ("Fotografo per il caseificio", representative.Id, DateTimeOffset.UtcNow);
        shape?.Invoke(opportunity);
        await Fixture.InsertAsync(opportunity);
        return (opportunity, representative);
    }

    private Task<(string Html, int Sql)> GetAsync(BrowserLikeClient client, string url) => Fixture.GetCountingSqlAsync(client, url);
}
