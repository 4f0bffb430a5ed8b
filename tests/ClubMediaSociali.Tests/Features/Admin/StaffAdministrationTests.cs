using System.Net;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Features.Admin;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Admin;

public sealed class StaffAdministrationTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task An_admin_appoints_a_moderator_with_a_reason_and_everyone_can_see_it()
    {
        var admin = await Fixture.CreateMemberAsync("Anna Amministra", staffRoles: StaffRoles.Admin);
        var future = await Fixture.CreateMemberAsync("Mauro Modera");
        using var client = await Fixture.SignedInClientAsync(admin);
        var page = await client.GetDocumentAsync("/admin");

        using var granted = await client.SubmitAsync(page, "form[action='/admin/staff']", new Dictionary<string, string>
        {
            ["MemberEmail"] = future.Email!,
            ["Role"] = StaffRoles.Moderator,
            ["Reason"] = "Cura il repertorio da mesi",
        }, submitterSelector: "button[value='true']");

        var after = await client.FollowRedirectAsync(granted);
        Assert.Contains("Moderatore assegnato a Mauro Modera", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);
        var line = after.QuerySelector(".audit-log li")!;
        Assert.Contains("Ha dato a Mauro Modera il ruolo di moderatore.", line.TextContent, StringComparison.Ordinal);
        Assert.Contains("Motivo: Cura il repertorio da mesi", line.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"/membri/{admin.Handle}", $"/membri/{future.Handle}"], line.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        using var visitor = Fixture.CreateClient();
        var governance = await visitor.GetDocumentAsync("/governance");
        Assert.Contains("Mauro Modera — Moderatore", governance.QuerySelector(".staff-list")!.TextContent, StringComparison.Ordinal);
        var entry = await Fixture.QueryDbAsync(db => db.AuditLog.SingleAsync());
        Assert.Equal((AuditActions.GrantStaffRole, admin.Id, future.Id.ToString()), (entry.Action, entry.ActorId!.Value, entry.TargetId));
    }

    [Fact]
    public async Task The_log_tells_a_change_of_status_in_words_with_a_link_to_the_idea_and_describes_the_jobs()
    {
        var admin = await Fixture.CreateMemberAsync("Anna Amministra", staffRoles: StaffRoles.Admin);
        var moderator = await Fixture.CreateMemberAsync("Moderatrice Club", staffRoles: StaffRoles.Moderator);
        var idea = Build.Idea(admin.Id, "Mentoring tra soci");
        await Fixture.InsertAsync(idea);
        Assert.True((await Fixture.AsModerator(moderator).SendAsync(new ChangeIdeaStatus
        {
            IdeaId = idea.Id,
            Status = IdeaStatus.UnderDiscussion,
            Reason = "Ne parliamo giovedì.",
        })).IsSuccess);
        using var client = await Fixture.SignedInClientAsync(admin);

        var page = await client.GetDocumentAsync("/admin");

        var line = page.QuerySelector(".audit-log li")!;
        Assert.Contains("Ha spostato l'idea «Mentoring tra soci» da «Nuova» a «In discussione».", line.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("UnderDiscussion", page.QuerySelector(".audit-log")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/idee/{idea.Id}", line.QuerySelector("a[href^='/idee/']")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a[href='/admin/lavori']"));
        Assert.Contains("Ogni 15 minuti chiude le opportunità", page.QuerySelector(".job-list")!.TextContent, StringComparison.Ordinal);

        using var switched = await client.SubmitAsync(page, "form.culture-switcher", submitterSelector: "button[value='en']");
        var english = await client.GetDocumentAsync("/admin");
        Assert.Contains("Moved the idea «Mentoring tra soci» from «New» to «Under discussion».", english.QuerySelector(".audit-log li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_change_without_a_reason_is_refused_and_the_input_kept()
    {
        var admin = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Admin);
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(admin);
        var page = await client.GetDocumentAsync("/admin");

        using var response = await client.SubmitAsync(page, "form[action='/admin/staff']",
            new Dictionary<string, string> { ["MemberEmail"] = member.Email! }, submitterSelector: "button[value='true']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await BrowserLikeClient.ParseAsync(response);
        Assert.Contains("Scrivi il motivo", again.QuerySelector("#Reason-errore")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(member.Email, again.QuerySelector("#MemberEmail")!.GetAttribute("value"));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task The_last_admin_cannot_be_removed()
    {
        var admin = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Admin);

        var result = await Fixture.AsAdmin(admin).SendAsync(new ChangeStaffRole
        {
            MemberEmail = admin.Email!,
            Role = StaffRoles.Admin,
            Grant = false,
            Reason = "prova",
        });

        Assert.Equal(StaffErrors.LastAdmin, result.Error);
    }

    [Fact]
    public async Task Admins_rename_and_add_professional_roles()
    {
        var admin = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Admin);
        using var client = await Fixture.SignedInClientAsync(admin);
        var page = await client.GetDocumentAsync("/admin/ruoli");

        using var renamed = await client.SubmitAsync(page, "form.role-form:has(input[name='RoleId'][value='17'])", new Dictionary<string, string>
        {
            ["NameIt"] = "Blogger e creatore di newsletter",
            ["NameEn"] = "Blogger and newsletter writer",
            ["Reason"] = "Le newsletter sono tornate",
        });
        page = await client.FollowRedirectAsync(renamed);
        using var added = await client.SubmitAsync(page, "form:has(input[name='RoleId'][value='0'])", new Dictionary<string, string>
        {
            ["GroupId"] = "8",
            ["NameIt"] = "Esperto di dati",
            ["NameEn"] = "Data specialist",
        });
        await client.FollowRedirectAsync(added);

        var roles = await Fixture.QueryDbAsync(db => db.ProfessionalRoles.Where(r => r.Id == 17 || r.NameIt == "Esperto di dati").ToListAsync());
        Assert.Contains(roles, r => r.Id == 17 && r.NameIt == "Blogger e creatore di newsletter" && r.NameEn == "Blogger and newsletter writer");
        Assert.Contains(roles, r => r.NameIt == "Esperto di dati" && r.GroupId == 8 && r.Id >= 1000);
        var actions = await Fixture.QueryDbAsync(db => db.AuditLog.OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.RenameProfessionalRole, AuditActions.CreateProfessionalRole], actions);

        await using var db = Fixture.Database.CreateDbContext();
        await db.ProfessionalRoles.Where(r => r.Id >= 1000).ExecuteDeleteAsync();
        await db.ProfessionalRoles.Where(r => r.Id == 17).ExecuteUpdateAsync(s => s.SetProperty(r => r.NameIt, "Blogger").SetProperty(r => r.NameEn, "Blogger"));
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/ruoli")]
    public async Task Only_admins_reach_the_admin_pages(string path)
    {
        var member = await Fixture.CreateMemberAsync();
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        var admin = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Admin);

        using var visitor = Fixture.CreateClient();
        using var anonymous = await visitor.Http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/accesso", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);

        foreach (var notAdmin in new[] { member, moderator })
        {
            using var client = await Fixture.SignedInClientAsync(notAdmin);
            using var refused = await client.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            var denied = await client.GetDocumentAsync(refused.Headers.Location!.PathAndQuery(), HttpStatusCode.Forbidden);
            Assert.Equal("Accesso non consentito", denied.QuerySelector("h1")!.TextContent);
        }

        using var adminClient = await Fixture.SignedInClientAsync(admin);
        await adminClient.GetDocumentAsync(path);
    }

    [Fact]
    public async Task A_member_cannot_post_to_the_admin_actions()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);
        var home = await client.GetDocumentAsync("/");
        var token = home.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        foreach (var action in new[] { "/admin/staff", "/admin/ruoli" })
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["MemberEmail"] = member.Email!,
                ["Role"] = StaffRoles.Admin,
                ["Grant"] = "true",
                ["Reason"] = "mi promuovo da solo",
                ["RoleId"] = "1",
                ["NameIt"] = "x",
                ["NameEn"] = "x",
            });
            using var response = await client.Http.PostAsync(new Uri(action, UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/accesso/negato", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.UserRoles.CountAsync()));
        Assert.Equal("Marketing", await Fixture.QueryDbAsync(db => db.ProfessionalRoles.Where(r => r.Id == 1).Select(r => r.NameIt).SingleAsync()));
    }

    [Fact]
    public async Task Create_admin_makes_an_account_that_can_sign_in_or_promotes_an_existing_one()
    {
        var created = await Fixture.SendAsync(new CreateAdmin("prima.admin@esempio.it"));
        var existing = await Fixture.CreateMemberAsync();
        var promoted = await Fixture.SendAsync(new CreateAdmin(existing.Email!));

        Assert.True(created.Created);
        Assert.False(promoted.Created);
        Assert.Null(promoted.Password);
        var admin = await Fixture.QueryDbAsync(db => db.Users.SingleAsync(m => m.Id == created.MemberId));
        Assert.True(await Fixture.QueryDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == admin.Id)));
        Assert.True(await Fixture.QueryDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == existing.Id)));
        // The new admin signs in with the one-time password and is asked to turn on two-step verification first.
        using var client = await Fixture.SignedInClientAsync(admin, created.Password!);
        using var response = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        var denied = await client.GetDocumentAsync(response.Headers.Location!.PathAndQuery(), HttpStatusCode.Forbidden);
        Assert.NotNull(denied.QuerySelector(".staff-needs-2fa"));
    }
}

internal static class UriPaths
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
