using System.Net;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.AccountSettings;
using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Media;

public sealed class UploadRemovalTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_moderator_removes_a_photo_with_a_reason_the_act_is_audited_and_the_owner_told()
    {
        var member = await Fixture.CreateMemberAsync("Pia Provocante");
        Assert.True((await Fixture.As(member).SendAsync(new SetProfilePhoto(PictureCorpus.Jpeg()))).IsSuccess);
        var moderator = await Fixture.CreateMemberAsync(staffRoles: StaffRoles.Moderator);
        using var client = await Fixture.SignedInClientAsync(moderator);

        var page = await client.GetDocumentAsync("/moderazione/file");
        var form = page.QuerySelector("form.removal-form")!;
        var action = form.GetAttribute("action")!;
        using var noReason = await client.SubmitAsync(page, $"form[action='{action}']", new Dictionary<string, string> { ["Reason"] = "" });
        Assert.Contains("Scrivi il motivo", (await BrowserLikeClient.ParseAsync(noReason)).QuerySelector(".removal-form .field-error:not(:empty)")!.TextContent, StringComparison.Ordinal);

        using var removed = await client.SubmitAsync(page, $"form[action='{action}']", new Dictionary<string, string> { ["Reason"] = "Immagine offensiva." });
        var after = await client.FollowRedirectAsync(removed);
        Assert.Contains("File rimosso", after.QuerySelector(".notice-bar")!.TextContent, StringComparison.Ordinal);

        Assert.Null(await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).Select(m => m.PhotoHash).SingleAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal("uploads.remove", await Fixture.QueryDbAsync(db => db.AuditLog.Select(a => a.Action).SingleAsync()));
        await Fixture.DrainOutboxAsync();
        var notice = await Fixture.QueryDbAsync(db => db.Notifications.SingleAsync(n => n.MemberId == member.Id));
        Assert.Equal("media.removed", notice.Kind);
        Assert.Equal("Immagine offensiva.", notice.Note);
        using var owner = await Fixture.SignedInClientAsync(member);
        var notifications = await owner.GetDocumentAsync("/notifiche");
        Assert.Contains("I moderatori hanno rimosso una tua immagine", notifications.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_account_deletes_its_pictures_and_files_but_not_another_members_copy()
    {
        var leaving = await Fixture.CreateMemberAsync();
        var staying = await Fixture.CreateMemberAsync();
        await Fixture.TrustAsync(leaving);
        var photo = PictureCorpus.Jpeg(300, 300);
        Assert.True((await Fixture.As(leaving).SendAsync(new SetProfilePhoto(photo))).IsSuccess);
        Assert.True((await Fixture.As(staying).SendAsync(new SetProfilePhoto(photo))).IsSuccess);
        Assert.Single((await Fixture.As(leaving).SendAsync(new UploadAttachments([new("studio.pdf", PictureCorpus.Pdf())]))).Accepted);

        using var client = await Fixture.SignedInClientAsync(leaving);
        using var deleted = await client.SubmitAsync(await client.GetDocumentAsync("/account"), "form[action='/account/elimina']",
            new Dictionary<string, string> { ["Password"] = Infrastructure.Accounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        Assert.Equal([staying.Id], await Fixture.QueryDbAsync(db => db.Uploads.Select(u => u.OwnerId).ToListAsync()));
        // The shared photo's variants stay for the member who stays; the study is gone.
        Assert.Equal(4, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.StoredFiles.CountAsync(f => f.Variant == StoredFile.Original)));
    }

    [Fact]
    public async Task Files_sent_with_a_form_never_saved_are_purged_after_two_days()
    {
        var member = await Fixture.CreateMemberAsync();
        var old = (await Fixture.As(member).SendAsync(new UploadContentImage(PictureCorpus.Jpeg(), "Vecchia"))).Value;
        await Fixture.QueryDbAsync(db => db.Uploads.ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, DateTimeOffset.UtcNow.AddDays(-3))));
        var recent = (await Fixture.As(member).SendAsync(new UploadContentImage(PictureCorpus.Png(), "Nuova"))).Value;

        using (var scope = Fixture.Factory.Services.CreateScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MediaStore>().PurgeUnusedAsync(CancellationToken.None));
        }

        Assert.Equal([recent.SourceHash], await Fixture.QueryDbAsync(db => db.StoredFiles.Select(f => f.SourceHash).ToListAsync()));
        Assert.NotEqual(old.SourceHash, recent.SourceHash);
    }
}
