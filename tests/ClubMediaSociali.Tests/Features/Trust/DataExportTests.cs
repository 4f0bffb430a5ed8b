using System.Text.Json;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.AccountSettings;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ClubMediaSociali.Tests.Features.Trust;

/// <summary>
/// The data export holds everything a member wrote or did, with labels in their language, never stored codes;
/// every column that holds a member's key is covered by it or says why not.
/// </summary>
public sealed class DataExportTests(ClubFixture fixture) : ClubTest(fixture)
{
    /// <summary>Member keys stored without a foreign key (ledgers and logs keep their lines when a member goes) are found by name.</summary>
    private static readonly string[] MemberKeyNames = ["member_id", "author_id", "actor_id", "requester_id", "user_id"];

    [Fact]
    public async Task Every_column_holding_a_member_key_is_in_the_export_or_says_why_not()
    {
        await using var db = Fixture.Database.CreateDbContext();
        var columns = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.GetSchema() is null)
            .SelectMany(t =>
            {
                var table = StoreObjectIdentifier.Table(t.GetTableName()!, t.GetSchema());
                var keyed = t.GetForeignKeys().Where(fk => fk.PrincipalEntityType.ClrType == typeof(Member)).SelectMany(fk => fk.Properties);
                var named = t.GetProperties().Where(p => p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?))
                    .Where(p => p.GetColumnName(table) is { } c && (MemberKeyNames.Contains(c) || c.EndsWith("_by_id", StringComparison.Ordinal)));
                return keyed.Concat(named).Select(p => $"{table.Name}.{p.GetColumnName(table)}");
            })
            .ToHashSet();

        Assert.Empty(columns.Except(ExportMyData.MemberKeys.Keys).Order());
        Assert.Empty(ExportMyData.MemberKeys.Keys.Except(columns).Order());
    }

    [Fact]
    public async Task A_member_who_did_one_of_everything_finds_all_of_it_with_labels_in_italian()
    {
        var member = await Fixture.CreateMemberAsync("Rita Completa");
        var other = await Fixture.CreateMemberAsync("Ugo Altro");
        var now = DateTimeOffset.UtcNow;
        var mine = Build.Idea(member.Id, "La mia idea", status: IdeaStatus.Selected);
        var theirs = Build.Idea(other.Id, "L'idea di Ugo");
        var practice = Build.Practice();
        practice.AuthorId = member.Id;
        practice.Title = "La mia pratica";
        var (company, representatives) = Build.Company(representativeIds: member.Id);
        var opportunity = Build.Opportunity(companyId: company.Id);
        opportunity.AuthorId = member.Id;
        var (otherCompany, _) = Build.Company();
        var elsewhere = Build.Opportunity(companyId: otherCompany.Id);
        var comment = new Comment { ThreadKind = CommentThreadKind.Idea, ThreadId = theirs.Id, AuthorId = member.Id, BodyMarkdown = "Bella idea.", BodyHtml = "<p>Bella idea.</p>", CreatedAt = now };
        var othersComment = new Comment { ThreadKind = CommentThreadKind.Idea, ThreadId = theirs.Id, AuthorId = other.Id, BodyMarkdown = "Grazie.", BodyHtml = "<p>Grazie.</p>", CreatedAt = now };
        var path = new Application.Domain.FirstSteps.LearningPath { Slug = "il-mio-percorso", Title = "Il mio percorso", CreatedAt = now };
        await Fixture.InsertAsync([mine, theirs, practice, path, company, .. representatives, opportunity, otherCompany, elsewhere, comment, othersComment]);
        await Fixture.InsertAsync([
            new IdeaVote { IdeaId = theirs.Id, MemberId = member.Id, Value = 1, At = now },
            new IdeaFollower { IdeaId = theirs.Id, MemberId = member.Id, At = now },
            new CommentFlag { CommentId = othersComment.Id, MemberId = member.Id, Reason = "Fuori tema", At = now },
            PracticeRevision.FirstPublished(practice, null, now),
            new PracticeUsefulMark { PracticeId = practice.Id, MemberId = member.Id, At = now },
            new Application.Domain.Network.SavedItem { Kind = Application.Domain.Network.SavedKind.Practice, ItemId = practice.Id, MemberId = member.Id, At = now },
            new MethodProgress { PracticeId = practice.Id, MemberId = member.Id, DoneSteps = [1], UpdatedAt = now },
            new Application.Domain.FirstSteps.LearningPathProgress { PathId = path.Id, MemberId = member.Id, DonePracticeIds = [practice.Id], UpdatedAt = now },
            Connection.Request(member.Id, other.Id, "Ciao Ugo", now),
            Build.Response(elsewhere.Id, member.Id, "Mi candido."),
            new Notification { MemberId = member.Id, Kind = NotificationKinds.IdeaStatus.Name, Subject = "La mia idea", State = (int)IdeaStatus.Selected, CreatedAt = now },
            new NotificationSetting { MemberId = member.Id, Category = NotificationCategories.Idea, Channel = NotificationChannel.Email },
            new ReputationEvent { MemberId = member.Id, Points = ReputationReasons.PracticePublished.Points, Reason = ReputationReasons.PracticePublished.Reason, SourceId = practice.Id, ActorId = member.Id, At = now },
            new MemberBadge { MemberId = member.Id, BadgeKey = "prima-pratica", AwardedAt = now },
            new ConsentRecord { MemberId = member.Id, Kind = ConsentKind.Privacy, Version = "2026-11", Granted = true, RecordedAt = now },
            new Application.Domain.Network.MemberFollow { FollowerId = member.Id, MemberId = other.Id, At = now },
            new Application.Domain.Network.TagFollow { FollowerId = member.Id, Tag = "video", At = now.AddMinutes(1) },
        ]);
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Region, ItalianRegion.EmiliaRomagna)));

        Assert.True((await Fixture.As(member).SendAsync(new Application.Features.Members.SetProfilePhoto(Media.PictureCorpus.Jpeg()))).IsSuccess);
        using var client = await Fixture.SignedInClientAsync(member);
        using var response = await client.Http.GetAsync(new Uri("/account/dati", UriKind.Relative));
        using var export = await DataExport.ReadAsync(response);
        var root = export.Root;
        var body = root.GetRawText();

        foreach (var section in new[]
        {
            "consents", "ideas", "votes", "followedIdeas", "comments", "commentFlags", "practices", "practiceRevisions", "usefulMarks",
            "saved", "methodProgress", "pathProgress", "connections", "companies", "opportunities", "responses", "notifications", "reputation", "badges",
            "files", "follows",
        })
        {
            Assert.True(root.GetProperty(section).GetArrayLength() > 0, $"nothing in {section}");
        }

        Assert.Equal("Selezionata", root.GetProperty("ideas")[0].GetProperty("status").GetString());
        Assert.Equal(("Pratica", "La mia pratica"), (root.GetProperty("saved")[0].GetProperty("kind").GetString(), root.GetProperty("saved")[0].GetProperty("title").GetString()));
        // The photo is in the archive beside the data, under the path the data gives it.
        var photo = root.GetProperty("files")[0];
        Assert.Equal("Foto del profilo", photo.GetProperty("purpose").GetString());
        using (var picture = NetVips.Image.NewFromBuffer(export.Files[photo.GetProperty("path").GetString()!]))
        {
            Assert.Equal(400, picture.Width);
        }

        Assert.Equal("A favore", root.GetProperty("votes")[0].GetProperty("vote").GetString());
        Assert.Equal(["Membro", "Parola chiave"], root.GetProperty("follows").EnumerateArray().Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal("Emilia-Romagna", root.GetProperty("profile").GetProperty("region").GetString());
        Assert.Equal("Richiesta in attesa", root.GetProperty("connections")[0].GetProperty("status").GetString());
        Assert.Equal("Rappresentante", root.GetProperty("companies")[0].GetProperty("status").GetString());
        Assert.Contains("Selezionata", root.GetProperty("notifications")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Nel sito e per email", root.GetProperty("preferences").GetProperty("notifications")[0].GetProperty("channel").GetString());
        foreach (var code in new[] { "EmiliaRomagna", "\"Selected\"", "\"Pending\"", "\"Representative\"", "idea.status", "practice.published", "\"kind\": 0" })
        {
            Assert.DoesNotContain(code, body, StringComparison.Ordinal);
        }
    }
}
