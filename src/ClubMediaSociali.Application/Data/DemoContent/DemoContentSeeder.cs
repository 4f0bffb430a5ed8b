using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>
/// Italian demo content for local development. Idempotent: each item is keyed by a stable
/// value (a member's email), so running it again adds only what is missing.
/// Later features extend it with their own content.
/// </summary>
public sealed class DemoContentSeeder(
    ClubDbContext db,
    UserManager<Member> users,
    RoleManager<IdentityRole<Guid>> roles,
    Common.Content.MarkdownRenderer markdown,
    TimeProvider clock,
    ILogger<DemoContentSeeder> logger)
{
    public const string EmailDomain = "club.example";

    /// <summary>The password of every demo account: local development only, printed at start-up.</summary>
    public const string DemoPassword = "girasole arancione sul tetto";

    public static readonly (string Email, string Role)[] StaffAccounts =
    [
        ($"admin@{EmailDomain}", StaffRoles.Admin),
        ($"moderatore@{EmailDomain}", StaffRoles.Moderator),
    ];

    // Members drawn from the professions the Club brings to one table. Role ids come from ProfessionalRoleCatalog.
    private static readonly DemoMember[] DemoMembers =
    [
        new("giulia.ferrari", "Giulia Ferrari", 7, "Community manager per marchi della moda", ItalianRegion.Lombardia, "Milano",
            ["gestione community", "moderazione", "instagram"], ["piani editoriali", "formazione"]),
        new("marco.bianchi", "Marco Bianchi", 1, "Responsabile marketing in una PMI alimentare", ItalianRegion.EmiliaRomagna, "Parma",
            ["marketing", "export"], ["social media manager", "consulenza"]),
        new("chiara.romano", "Chiara Romano", 3, "Relazioni pubbliche e ufficio stampa", ItalianRegion.Lazio, "Roma",
            ["ufficio stampa", "gestione crisi"], ["analisi dati", "influencer"]),
        new("luca.colombo", "Luca Colombo", 10, "Titolare di un'azienda di arredamento", ItalianRegion.Veneto, "Treviso",
            ["casi aziendali", "partnership"], ["primi passi", "strategia social"]),
        new("francesca.ricci", "Francesca Ricci", 2, "Brand manager nel settore turistico", ItalianRegion.Toscana, "Firenze",
            ["brand", "storytelling"], ["content creator", "video"]),
        new("alessandro.greco", "Alessandro Greco", 9, "Analista di dati social e ascolto della rete", ItalianRegion.Puglia, "Bari",
            ["analisi dati", "reportistica"], ["progetti", "collaborazioni"]),
        new("sara.conti", "Sara Conti", 5, "Comunicazione interna in un gruppo industriale", ItalianRegion.Piemonte, "Torino",
            ["intranet", "change management"], ["community manager", "metodi"]),
        new("davide.marino", "Davide Marino", 4, "Pianificazione pubblicitaria online", ItalianRegion.Campania, "Napoli",
            ["advertising", "campagne"], ["partnership", "piattaforme"]),
        new("elena.galli", "Elena Galli", 8, "Content creator e video maker", ItalianRegion.Sicilia, "Palermo",
            ["video", "content creator"], ["brand", "progetti"]),
        new("paolo.costa", "Paolo Costa", 12, "Partner manager di una piattaforma social", ItalianRegion.Lombardia, "Milano",
            ["piattaforme", "formazione"], ["casi aziendali", "pmi"]),
        new("valentina.bruno", "Valentina Bruno", 15, "Formatrice su comunicazione digitale", ItalianRegion.Marche, "Ancona",
            ["formazione", "primi passi"], ["ricerca", "casi aziendali"]),
        new("stefano.fontana", "Stefano Fontana", 16, "Giornalista e blogger di tecnologia", ItalianRegion.Liguria, "Genova",
            ["storytelling", "ufficio stampa"], ["fonti", "interviste"]),
    ];

    private sealed record DemoMember(
        string Handle, string DisplayName, int RoleId, string Headline, ItalianRegion Region, string City, string[] Offers, string[] Seeks);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await SeedMembersAsync(cancellationToken);
        await SeedStaffAsync();
        await SeedPracticesAsync(cancellationToken);
        await SeedFirstStepsAsync(cancellationToken);
        await SeedConversationAsync(cancellationToken);
        await SeedIdeasAsync(cancellationToken);
        await SeedCompaniesAsync(cancellationToken);
        await SeedOpportunitiesAsync(cancellationToken);
        await SeedConnectionsAsync(cancellationToken);
        await SeedReputationAsync(cancellationToken);
    }

    /// <summary>Contacts among the demo members and a few requests waiting for an answer.</summary>
    private async Task SeedConnectionsAsync(CancellationToken cancellationToken)
    {
        if (await db.Connections.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var members = await db.Users.Where(m => m.Handle != null).ToDictionaryAsync(m => m.Handle!, m => m.Id, cancellationToken);
        foreach (var (from, to, daysAgo) in DemoConnections.Accepted.Where(c => members.ContainsKey(c.From) && members.ContainsKey(c.To)))
        {
            var connection = Domain.Connections.Connection.Request(members[from], members[to], null, now.AddDays(-daysAgo - 1));
            connection.Answer(accept: true, now.AddDays(-daysAgo));
            db.Connections.Add(connection);
        }

        foreach (var (from, to, message) in DemoConnections.Pending.Where(c => members.ContainsKey(c.From) && members.ContainsKey(c.To)))
        {
            db.Connections.Add(Domain.Connections.Connection.Request(members[from], members[to], message, now.AddDays(-1)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The reputation the demo content earned, and the badges it brings.</summary>
    private async Task SeedReputationAsync(CancellationToken cancellationToken)
    {
        await Features.Reputation.ReputationRebuild.RunAsync(db, cancellationToken);
        var ledger = new Features.Reputation.ReputationLedger(db, clock);
        foreach (var member in await db.Users.Where(m => m.DeletedAt == null).Select(m => m.Id).ToListAsync(cancellationToken))
        {
            await ledger.AwardBadgesAsync(member, cancellationToken);
        }
    }

    /// <summary>Open opportunities of the demo organisations with responses in several states; counters match the responses.</summary>
    private async Task SeedOpportunitiesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var titles = DemoOpportunities.All.Select(d => d.Title).ToList();
        var existing = await db.Opportunities.Where(o => titles.Contains(o.Title)).Select(o => o.Title).ToListAsync(cancellationToken);
        var companies = await db.Companies.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var members = await db.Users.Where(m => m.Handle != null).ToDictionaryAsync(m => m.Handle!, m => m.Id, cancellationToken);
        var today = Common.ItalianCalendar.Today(clock);
        foreach (var demo in DemoOpportunities.All.Where(d => !existing.Contains(d.Title) && companies.ContainsKey(d.Company)))
        {
            var published = now.AddDays(-demo.DaysAgo);
            var opportunity = new Domain.Opportunities.Opportunity
            {
                CompanyId = companies[demo.Company],
                AuthorId = members.GetValueOrDefault(demo.Author),
                Kind = demo.Kind,
                Title = demo.Title,
                DescriptionMarkdown = demo.Description,
                DescriptionHtml = markdown.ToSafeHtml(demo.Description),
                RoleIds = demo.Roles,
                Skills = demo.Skills,
                Region = demo.Region,
                Remote = demo.Remote,
                BudgetMin = demo.BudgetMin,
                BudgetMax = demo.BudgetMax,
                Deadline = demo.DeadlineInDays is { } days ? today.AddDays(days) : null,
                Status = Domain.Opportunities.OpportunityStatus.Open,
                CreatedAt = published.AddHours(-2),
                UpdatedAt = published,
                PublishedAt = published,
            };
            db.Opportunities.Add(opportunity);
            foreach (var (handle, status, message) in demo.Responses.Where(r => members.ContainsKey(r.Handle)))
            {
                db.OpportunityResponses.Add(new Domain.Opportunities.OpportunityResponse
                {
                    OpportunityId = opportunity.Id,
                    MemberId = members[handle],
                    Message = message,
                    Status = status,
                    CreatedAt = published.AddDays(1),
                    UpdatedAt = published.AddDays(1),
                });
                opportunity.ResponseCount++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One organisation of every kind with its representatives, two founding partners and a request waiting for an answer.</summary>
    private async Task SeedCompaniesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var existing = await db.Companies.Select(c => c.Slug).ToListAsync(cancellationToken);
        var members = await db.Users.Where(m => m.Handle != null).ToDictionaryAsync(m => m.Handle!, m => m.Id, cancellationToken);
        foreach (var demo in DemoCompanies.All.Where(d => !existing.Contains(Slugs.From(d.Name))))
        {
            var company = new Domain.Companies.Company
            {
                Name = demo.Name,
                Slug = Slugs.From(demo.Name),
                Kind = demo.Kind,
                Sector = demo.Sector,
                Size = demo.Size,
                Region = demo.Region,
                WebsiteUrl = $"https://{Slugs.From(demo.Name)}.example",
                DescriptionMarkdown = demo.Description,
                DescriptionHtml = markdown.ToSafeHtml(demo.Description),
                Verified = demo.Verified,
                FoundingPartner = demo.FoundingPartner,
                CreatedAt = now.AddDays(-60),
                UpdatedAt = now.AddDays(-60),
            };
            db.Companies.Add(company);
            foreach (var handle in demo.Representatives.Where(members.ContainsKey))
            {
                db.CompanyMembers.Add(new Domain.Companies.CompanyMember
                {
                    CompanyId = company.Id,
                    MemberId = members[handle],
                    Status = Domain.Companies.CompanyMemberStatus.Representative,
                    RequestedAt = company.CreatedAt,
                    DecidedAt = company.CreatedAt,
                });
            }

            if (demo.Request is { } request && members.TryGetValue(request.Handle, out var requester))
            {
                db.CompanyMembers.Add(new Domain.Companies.CompanyMember
                {
                    CompanyId = company.Id,
                    MemberId = requester,
                    Status = Domain.Companies.CompanyMemberStatus.Requested,
                    Message = request.Message,
                    RequestedAt = now.AddDays(-2),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedPracticesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var demos = DemoPractices.All(now);
        var titles = demos.Select(d => d.Practice.Title).ToList();
        var existing = await db.Practices.Where(p => titles.Contains(p.Title)).Select(p => p.Title).ToListAsync(cancellationToken);
        var handles = demos.Select(d => d.AuthorHandle).ToList();
        var authors = await db.Users.Where(m => handles.Contains(m.Handle)).ToDictionaryAsync(m => m.Handle, m => m.Id, cancellationToken);
        var day = 0;
        foreach (var (handle, practice) in demos.Where(d => !existing.Contains(d.Practice.Title)))
        {
            var published = now.AddDays(-3 * ++day);
            practice.AuthorId = authors.TryGetValue(handle, out var authorId) ? authorId : null;
            practice.Status = Domain.Repertoire.PracticeStatus.Published;
            practice.BodyHtml = markdown.ToSafeHtml(practice.BodyMarkdown);
            practice.UpdatedAt = published;
            practice.SubmittedAt = published;
            practice.PublishedAt = published;
            practice.Featured = practice.Title == DemoFirstSteps.PathPractices[0];
            db.Practices.Add(practice);
            db.PracticeRevisions.Add(PracticeRevision.FirstPublished(practice, decidedById: null, published));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedFirstStepsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var titles = DemoFirstSteps.PathPractices.Concat(DemoFirstSteps.Glossary.SelectMany(t => t.Related)).Distinct().ToList();
        var ids = await db.Practices.Where(p => titles.Contains(p.Title)).ToDictionaryAsync(p => p.Title, p => p.Id, cancellationToken);
        var pathSlug = Slugs.From(DemoFirstSteps.PathTitle);
        if (!await db.LearningPaths.AnyAsync(p => p.Slug == pathSlug, cancellationToken))
        {
            db.LearningPaths.Add(new LearningPath
            {
                Slug = pathSlug,
                Title = DemoFirstSteps.PathTitle,
                Intro = DemoFirstSteps.PathIntro,
                PracticeIds = [.. DemoFirstSteps.PathPractices.Where(ids.ContainsKey).Select(t => ids[t])],
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        var existing = await db.GlossaryTerms.Select(t => t.Slug).ToListAsync(cancellationToken);
        foreach (var term in DemoFirstSteps.Glossary.Where(t => !existing.Contains(Slugs.From(t.Name))))
        {
            db.GlossaryTerms.Add(new GlossaryTerm
            {
                Term = term.Name,
                Slug = Slugs.From(term.Name),
                Definition = term.Definition,
                RelatedPracticeIds = [.. term.Related.Where(ids.ContainsKey).Select(t => ids[t])],
                UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Comments and "utile" marks on the demo practices, added once; the counters are recomputed from the marks.</summary>
    private async Task SeedConversationAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var practices = await db.Practices.Where(p => p.Status == Domain.Repertoire.PracticeStatus.Published)
            .ToDictionaryAsync(p => p.Title, p => p.Id, cancellationToken);
        var members = await db.Users.Where(m => m.Handle != null).ToDictionaryAsync(m => m.Handle, m => m.Id, cancellationToken);
        var commented = await db.Comments.Select(c => c.ThreadId).Distinct().ToListAsync(cancellationToken);
        var minutes = 0;
        foreach (var demo in DemoFirstSteps.Comments.Where(c => practices.ContainsKey(c.Practice) && !commented.Contains(practices[c.Practice])))
        {
            var comment = DemoComment(CommentThreadKind.Practice, practices[demo.Practice], null, members.GetValueOrDefault(demo.AuthorHandle), demo.Body, now.AddMinutes(-600 + (minutes += 30)));
            db.Comments.Add(comment);
            if (demo.ReplyHandle is not null && demo.ReplyBody is not null)
            {
                db.Comments.Add(DemoComment(CommentThreadKind.Practice, practices[demo.Practice], comment.Id, members.GetValueOrDefault(demo.ReplyHandle), demo.ReplyBody, now.AddMinutes(-600 + (minutes += 30))));
            }
        }

        foreach (var (title, handles) in DemoFirstSteps.Useful.Where(u => practices.ContainsKey(u.Practice)))
        {
            var practiceId = practices[title];
            foreach (var memberId in handles.Where(members.ContainsKey).Select(h => members[h]))
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO practice_useful_marks (practice_id, member_id, at) VALUES ({practiceId}, {memberId}, {now}) ON CONFLICT DO NOTHING",
                    cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE practices p SET useful_count = (SELECT count(*) FROM practice_useful_marks m WHERE m.practice_id = p.id)",
            cancellationToken);
    }

    /// <summary>
    /// The demo ideas with their votes, followers, comments and decisions, each added once with the idea.
    /// Counters and scores are computed from what is written, with the same formulas the vote statement uses.
    /// </summary>
    private async Task SeedIdeasAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var titles = DemoIdeas.All.Select(d => d.Title).ToList();
        var existing = await db.Ideas.Where(i => titles.Contains(i.Title)).ToDictionaryAsync(i => i.Title, i => i.Id, cancellationToken);
        var members = await db.Users.Where(m => m.Handle != null).ToDictionaryAsync(m => m.Handle!, m => m.Id, cancellationToken);
        var moderatorId = members.GetValueOrDefault("moderazione");
        var added = new List<(DemoIdeas.Demo Demo, Idea Idea)>();
        foreach (var demo in DemoIdeas.All.Where(d => !existing.ContainsKey(d.Title)))
        {
            var posted = now.AddDays(-demo.DaysAgo).AddHours(-3);
            var idea = new Idea
            {
                Title = demo.Title,
                BodyMarkdown = demo.Body,
                BodyHtml = markdown.ToSafeHtml(demo.Body),
                Tags = demo.Tags,
                RoleIds = demo.RoleIds,
                AuthorId = members.TryGetValue(demo.AuthorHandle, out var authorId) ? authorId : null,
                Status = demo.Steps.Length > 0 ? demo.Steps[^1].To : IdeaStatus.New,
                CreatedAt = posted,
                UpdatedAt = posted,
            };
            idea.Rank();
            existing[demo.Title] = idea.Id;
            added.Add((demo, idea));
            db.Ideas.Add(idea);
            AddIdeaActivity(demo, idea, members, moderatorId);
        }

        foreach (var (demo, idea) in added.Where(a => a.Demo.DuplicateOf is not null))
        {
            idea.DuplicateOfId = existing[demo.DuplicateOf!];
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo content: {Added} ideas added", added.Count);
    }

    private void AddIdeaActivity(DemoIdeas.Demo demo, Idea idea, Dictionary<string, Guid> members, Guid moderatorId)
    {
        var at = idea.CreatedAt;
        if (idea.AuthorId is not null)
        {
            db.IdeaFollowers.Add(IdeaFollower.Author(idea));
        }

        foreach (var (handles, value) in new[] { (demo.VotesFor, IdeaVote.For), (demo.VotesAgainst, IdeaVote.Against) })
        {
            foreach (var memberId in handles.Where(members.ContainsKey).Select(h => members[h]))
            {
                db.IdeaVotes.Add(new IdeaVote { IdeaId = idea.Id, MemberId = memberId, Value = value, At = at = at.AddMinutes(47) });
                idea.CountVote(value);
            }
        }

        var comments = AddTalk(demo.Comments, CommentThreadKind.Idea, idea.Id, members, idea.CreatedAt.AddHours(5));

        var from = IdeaStatus.New;
        IdeaDecision? last = null;
        foreach (var step in demo.Steps)
        {
            last = new IdeaDecision
            {
                IdeaId = idea.Id,
                FromStatus = from,
                ToStatus = step.To,
                Reason = step.Reason,
                DecidedById = moderatorId == Guid.Empty ? null : moderatorId,
                At = clock.GetUtcNow().AddDays(-step.DaysAgo),
            };
            db.IdeaDecisions.Add(last);
            from = step.To;
        }

        if (last is not null && demo.DecisionComment is { } talk)
        {
            AddTalk([talk], CommentThreadKind.Decision, last.Id, members, last.At.AddHours(2));
        }

        idea.CommentCount = comments.Count;
        idea.EngagedAt = idea.VotesFor + idea.VotesAgainst + comments.Count > 0 ? idea.CreatedAt.AddMinutes(47) : null;
    }

    private List<Comment> AddTalk(IEnumerable<DemoIdeas.Talk> talk, CommentThreadKind kind, Guid threadId, Dictionary<string, Guid> members, DateTimeOffset start)
    {
        var added = new List<Comment>();
        var at = start;
        foreach (var item in talk.Where(t => members.ContainsKey(t.AuthorHandle)))
        {
            var comment = DemoComment(kind, threadId, null, members[item.AuthorHandle], item.Body, at = at.AddMinutes(95));
            added.Add(comment);
            if (item.ReplyHandle is not null && item.ReplyBody is not null && members.TryGetValue(item.ReplyHandle, out var replier))
            {
                added.Add(DemoComment(kind, threadId, comment.Id, replier, item.ReplyBody, at = at.AddMinutes(40)));
            }
        }

        db.Comments.AddRange(added);
        return added;
    }

    private Comment DemoComment(CommentThreadKind kind, Guid threadId, Guid? parentId, Guid? authorId, string body, DateTimeOffset at) => new()
    {
        ThreadKind = kind,
        ThreadId = threadId,
        ParentId = parentId,
        AuthorId = authorId,
        BodyMarkdown = body,
        BodyHtml = markdown.ToSafeHtml(body),
        Status = CommentStatus.Visible,
        CreatedAt = at,
    };

    private async Task SeedStaffAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        var now = clock.GetUtcNow();
        foreach (var (email, role) in StaffAccounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var isAdmin = role == StaffRoles.Admin;
            var member = new Member
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = isAdmin ? "Amministrazione del Club" : "Moderazione del Club",
                Handle = isAdmin ? "amministrazione" : "moderazione",
                PrimaryRoleId = 13,
                Headline = isAdmin ? "Account dimostrativo con il ruolo di amministratore" : "Account dimostrativo con il ruolo di moderatore",
                JoinedAt = now.AddDays(-120),
            };
            EnsureSucceeded(await users.CreateAsync(member, DemoPassword), email);
            EnsureSucceeded(await users.AddToRoleAsync(member, role), email);
        }
    }

    private async Task SeedMembersAsync(CancellationToken cancellationToken)
    {
        var emails = DemoMembers.Select(m => $"{m.Handle}@{EmailDomain}").ToList();
        var existing = await db.Users
            .Where(u => emails.Contains(u.Email!))
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);

        var added = 0;
        var now = clock.GetUtcNow();
        for (var i = 0; i < DemoMembers.Length; i++)
        {
            var demo = DemoMembers[i];
            var email = $"{demo.Handle}@{EmailDomain}";
            if (existing.Contains(email))
            {
                continue;
            }

            var member = new Member
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                Handle = demo.Handle.Replace('.', '-'),
                PrimaryRoleId = demo.RoleId,
                Headline = demo.Headline,
                Region = demo.Region,
                City = demo.City,
                OffersTags = demo.Offers,
                SeeksTags = demo.Seeks,
                JoinedAt = now.AddDays(-7 * (DemoMembers.Length - i)),
            };
            EnsureSucceeded(await users.CreateAsync(member, DemoPassword), email);

            added++;
        }

        logger.LogInformation("Demo content: {Added} members added, {Existing} already present", added, existing.Count);
    }

    private static void EnsureSucceeded(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {email} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
