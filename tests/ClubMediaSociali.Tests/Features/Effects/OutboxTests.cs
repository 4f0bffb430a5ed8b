using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Connections;
using ClubMediaSociali.Tests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Effects;

/// <summary>
/// What follows an action happens once, after its commit, whatever stops in between: a host that stops
/// before dispatching, two dispatchers on one outbox, a dispatcher that stops after an effect, an effect that fails.
/// </summary>
public sealed class OutboxTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public async Task A_host_that_stops_right_after_the_commit_loses_nothing_and_the_next_host_delivers_the_effects_once()
    {
        var (asker, answerer) = (await Fixture.CreateMemberAsync("Anna Chiede"), await Fixture.CreateMemberAsync("Bruno Risponde"));
        await using (var stopped = new ClubAppFactory(Fixture.Database.ConnectionString))
        {
            Assert.True((await SendAsync(stopped, asker, new RequestConnection(answerer.Handle, null))).IsSuccess);
            Assert.True((await SendAsync(stopped, answerer, new AnswerConnection(asker.Handle, true))).IsSuccess);
        }

        // The host is gone and nothing was dispatched: the action is stored, its effects wait in the outbox.
        Assert.Equal(ConnectionStatus.Accepted, await Fixture.QueryDbAsync(db => db.Connections.Select(c => c.Status).SingleAsync()));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync()));
        Assert.Equal(2, await Fixture.QueryDbAsync(db => db.OutboxMessages.CountAsync(m => m.DispatchedAt == null)));

        await using (var next = new ClubAppFactory(Fixture.Database.ConnectionString, new Dictionary<string, string> { ["Outbox:Enabled"] = "true" }))
        {
            _ = next.Services; // starts the host, and with it the worker
            await WaitUntilAsync(() => Fixture.QueryDbAsync(db => db.OutboxMessages.AllAsync(m => m.DispatchedAt != null)));
        }

        await AssertDeliveredOnceAsync(asker, answerer);
    }

    [Fact]
    public async Task Two_dispatchers_on_one_outbox_and_a_dispatcher_that_stops_after_an_effect_deliver_each_effect_once()
    {
        var pairs = new List<(Member Asker, Member Answerer)>();
        for (var i = 0; i < 12; i++)
        {
            var pair = (await Fixture.CreateMemberAsync($"Chiede {i}"), await Fixture.CreateMemberAsync($"Risponde {i}"));
            await Fixture.As(pair.Item1).SendAsync(new RequestConnection(pair.Item2.Handle, null));
            await Fixture.As(pair.Item2).SendAsync(new AnswerConnection(pair.Item1.Handle, true));
            pairs.Add(pair);
        }

        await using var other = new ClubAppFactory(Fixture.Database.ConnectionString);
        // Small batches, so that both take their share at the same time.
        var dispatched = await Task.WhenAll(
            Fixture.Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None, batch: 3),
            other.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None, batch: 3));
        Assert.Equal(24, dispatched.Sum());

        // A dispatcher that ran every effect but stopped before marking its messages: they are taken again, and nothing repeats.
        await Fixture.QueryDbAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, (DateTimeOffset?)null)));
        Assert.Equal(24, await Fixture.DrainOutboxAsync());

        foreach (var (asker, answerer) in pairs)
        {
            await AssertDeliveredOnceAsync(asker, answerer);
        }

        // A week on, the dispatched messages and the record of their effects are deleted; what they did stays.
        var effects = await Fixture.QueryDbAsync(db => db.OutboxEffects.CountAsync());
        Assert.Equal((12 * 1) + (12 * 3), effects); // a request tells the recipient; an acceptance tells the requester, awards both and writes the bacheca's line
        await Fixture.QueryDbAsync(db => db.OutboxMessages.Take(20).ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, DateTimeOffset.UtcNow.AddDays(-8))));
        Assert.Equal(20, await Fixture.Factory.Services.GetRequiredService<OutboxDispatcher>().PurgeAsync(CancellationToken.None));
        Assert.Equal(4, await Fixture.QueryDbAsync(db => db.OutboxMessages.CountAsync()));
        Assert.InRange(await Fixture.QueryDbAsync(db => db.OutboxEffects.CountAsync()), 4, effects - 20);
        await AssertDeliveredOnceAsync(pairs[0].Asker, pairs[0].Answerer);
    }

    [Fact]
    public async Task An_effect_that_fails_is_tried_again_later_the_action_stands_and_the_other_effects_are_not_repeated()
    {
        var (asker, answerer) = (await Fixture.CreateMemberAsync("Anna Chiede"), await Fixture.CreateMemberAsync("Bruno Risponde"));
        await using var app = new ClubAppFactory(Fixture.Database.ConnectionString, services: services =>
            Application.Common.Events.Effects.Of(typeof(ClubDbContext).Assembly, typeof(FailingEffect).Assembly).Register(services));
        await SendAsync(app, asker, new RequestConnection(answerer.Handle, null));
        FailingEffect.Failing = true;
        try
        {
            Assert.True((await SendAsync(app, answerer, new AnswerConnection(asker.Handle, true))).IsSuccess);
            var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
            await dispatcher.DispatchDueAsync(CancellationToken.None);

            var waiting = await Fixture.QueryDbAsync(db => db.OutboxMessages.SingleAsync(m => m.DispatchedAt == null));
            Assert.Equal(nameof(ConnectionAccepted), waiting.Type);
            Assert.Equal(1, waiting.Attempts);
            Assert.Contains("FailingEffect", waiting.LastError, StringComparison.Ordinal);
            Assert.True(waiting.DueAt > DateTimeOffset.UtcNow, "tried again later, not at once");
            Assert.Equal(ConnectionStatus.Accepted, await Fixture.QueryDbAsync(db => db.Connections.Select(c => c.Status).SingleAsync()));
            await AssertDeliveredOnceAsync(asker, answerer);

            // Later, the effect works: it runs, and the others of the event do not run again.
            FailingEffect.Failing = false;
            await Fixture.QueryDbAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.DueAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
            Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));
            Assert.True(await Fixture.QueryDbAsync(db => db.OutboxMessages.AllAsync(m => m.DispatchedAt != null)));
            Assert.Equal(1, FailingEffect.Succeeded);
            await AssertDeliveredOnceAsync(asker, answerer);
        }
        finally
        {
            FailingEffect.Failing = false;
        }
    }

    /// <summary>The requester heard of the acceptance once, and each of the two earned the contact's points once.</summary>
    private async Task AssertDeliveredOnceAsync(Member asker, Member answerer)
    {
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == asker.Id && n.Kind == NotificationKinds.ConnectionAccepted.Name)));
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == answerer.Id && n.Kind == NotificationKinds.ConnectionRequest.Name)));
        Assert.Equal(1, await Fixture.QueryDbAsync(db => db.Activities.CountAsync(a => a.ActorId == answerer.Id && a.SubjectId == asker.Id)));
        foreach (var member in new[] { asker, answerer })
        {
            Assert.Equal(1, await Fixture.QueryDbAsync(db => db.ReputationEvents.CountAsync(e => e.MemberId == member.Id && e.Reason == "connection.accepted")));
            Assert.Equal(2, await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).Select(m => m.Reputation).SingleAsync()));
        }
    }

    private static async Task<TResponse> SendAsync<TResponse>(ClubAppFactory app, Member member, ICommand<TResponse> command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentMember>().Become(member.Id, confirmed: true, moderator: false, admin: false);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await condition(), "the worker dispatched the outbox within 10 s");
    }
}

/// <summary>An effect that fails while a test wants it to.</summary>
public sealed class FailingEffect : IEffect<ConnectionAccepted>
{
    private static int _failing;
    private static int _succeeded;

    public static bool Failing
    {
        get => Volatile.Read(ref _failing) == 1;
        set => Volatile.Write(ref _failing, value ? 1 : 0);
    }

    public static int Succeeded => Volatile.Read(ref _succeeded);

    public Task RunAsync(ConnectionAccepted domainEvent, CancellationToken cancellationToken)
    {
        if (Failing)
        {
            throw new InvalidOperationException("The effect failed on purpose.");
        }

        Interlocked.Increment(ref _succeeded);
        return Task.CompletedTask;
    }
}
