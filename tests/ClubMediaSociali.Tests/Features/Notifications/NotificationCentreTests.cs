using System.Net;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Notifications;

public sealed class NotificationCentreTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static Notification For(Guid memberId, NotificationKind kind, string subject, Target target, int minutesAgo, Enum? state = null) =>
        Notification.Of(memberId, kind, subject, target, DateTimeOffset.UtcNow.AddMinutes(-minutesAgo), state: state);

    [Fact]
    public async Task A_member_sees_the_unread_count_reads_notifications_in_their_words_and_marks_all_read()
    {
        var member = await Fixture.CreateMemberAsync();
        var other = await Fixture.CreateMemberAsync();
        var idea = Guid.NewGuid();
        var reply = For(member.Id, NotificationKinds.CommentReply, "Piano editoriale in quattro settimane", Target.Practice(Guid.NewGuid()), 5);
        var status = For(member.Id, NotificationKinds.IdeaStatus, "Sportello del lunedì", Target.Idea(idea), 10, IdeaStatus.Selected);
        var selected = For(member.Id, NotificationKinds.OpportunityResponseStatus, "Video per la bottega", Target.Opportunity(Guid.NewGuid()), 20, ResponseStatus.Selected);
        var someoneElses = For(other.Id, NotificationKinds.CommentNew, "Non tua", Target.Idea(idea), 1);
        await Fixture.InsertAsync(reply, status, selected, someoneElses);
        using var client = await Fixture.SignedInClientAsync(member);

        var home = await client.GetDocumentAsync("/");
        Assert.Equal("3", home.QuerySelector("#notifiche-nav .notification-count")!.TextContent);
        Assert.Equal("Notifiche: 3 da leggere", home.QuerySelector("#notifiche-nav")!.GetAttribute("aria-label"));

        var page = await client.GetDocumentAsync("/notifiche");
        Assert.Equal(
            ["Hanno risposto al tuo commento su «Piano editoriale in quattro settimane»", "Nuovo stato per l'idea «Sportello del lunedì»: Selezionata",
             "Nuovo stato della tua risposta a «Video per la bottega»: Selezionata"],
            page.QuerySelectorAll(".notification-text").Select(t => t.TextContent));

        using var opened = await client.SubmitAsync(page, $"form[action='/notifiche/{status.Id}/apri']");
        Assert.Equal($"/idee/{idea}", opened.Headers.Location!.ToString());
        var badge = await client.GetDocumentAsync("/notifiche/conteggio");
        Assert.Equal("2", badge.QuerySelector(".notification-count")!.TextContent);

        // Someone else's notification cannot be opened (nor marked read) by guessing its id.
        using var guessed = await client.PostAsync($"/notifiche/{someoneElses.Id}/apri");
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Null(await Fixture.QueryDbAsync(db => db.Notifications.Where(n => n.Id == someoneElses.Id).Select(n => n.ReadAt).SingleAsync()));

        using var allRead = await client.SubmitAsync(await client.GetDocumentAsync("/notifiche"), "form[action='/notifiche/tutte-lette']");
        var after = await client.FollowRedirectAsync(allRead);
        Assert.Empty(after.QuerySelectorAll(".notification-unread"));
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".notification-count"));
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.ReadAt == null)));
    }

    [Fact]
    public async Task The_badge_count_is_kept_for_a_few_seconds_but_a_notification_written_by_this_instance_shows_at_once()
    {
        var member = await Fixture.CreateMemberAsync();
        using var client = await Fixture.SignedInClientAsync(member);
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".notification-count"));

        // Written behind the app's back, as another instance would: the kept count stands for now.
        await using (var elsewhere = Fixture.Database.CreateDbContext())
        {
            elsewhere.Add(For(member.Id, NotificationKinds.CommentNew, "Da un'altra istanza", Target.Idea(Guid.NewGuid()), 1));
            await elsewhere.SaveChangesAsync();
        }

        Assert.Null((await client.GetDocumentAsync("/idee")).QuerySelector(".notification-count"));

        // Written through this instance: the kept count is dropped and both notifications show.
        await Fixture.InsertAsync(For(member.Id, NotificationKinds.CommentReply, "Da questa istanza", Target.Idea(Guid.NewGuid()), 0));
        Assert.Equal("2", (await client.GetDocumentAsync("/")).QuerySelector("#notifiche-nav .notification-count")!.TextContent);
    }

    [Fact]
    public async Task Visitors_are_sent_to_sign_in_and_posts_need_the_token()
    {
        var member = await Fixture.CreateMemberAsync();
        var notification = For(member.Id, NotificationKinds.CommentNew, "Qualcosa", Target.Idea(Guid.NewGuid()), 1);
        await Fixture.InsertAsync(notification);
        using var visitor = Fixture.CreateClient();
        using var list = await visitor.Http.GetAsync(new Uri("/notifiche", UriKind.Relative));
        Assert.StartsWith("/accesso", list.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        using var open = await visitor.PostAsync($"/notifiche/{notification.Id}/apri");
        Assert.StartsWith("/accesso", open.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        using var client = await Fixture.SignedInClientAsync(member);
        using var noToken = await client.Http.PostAsync(new Uri("/notifiche/tutte-lette", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.ReadAt == null)));
    }
}
