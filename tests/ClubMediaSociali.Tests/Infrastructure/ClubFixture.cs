using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Tools.LargeData;
using ClubMediaSociali.Web.Infrastructure.Caching;
using Mediator;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>
/// One database and one app for the whole run. Tests in the <see cref="ClubCollection"/> run one
/// at a time and start from an empty database (see <see cref="ClubTest"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class ClubFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private ClubAppFactory? _factory;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture has not started.");

    public ClubAppFactory Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.StartAsync();
        _factory = new ClubAppFactory(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Sends a request as a visitor (or a scheduled job) would: nobody acts.</summary>
    public Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request) => SendAsync(null, s => s.Send(request));

    public Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command) => SendAsync(null, s => s.Send(command));

    public Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query) => SendAsync(null, s => s.Send(query));

    /// <summary>Requests sent on behalf of <paramref name="member"/>, a member with no staff powers.</summary>
    public Acting As(Member member) => new(this, member.Id, Moderator: false, Admin: false);

    public Acting As(Guid memberId) => new(this, memberId, Moderator: false, Admin: false);

    /// <summary>Requests sent on behalf of a moderator who signed in with two-step verification.</summary>
    public Acting AsModerator(Member member) => new(this, member.Id, Moderator: true, Admin: false);

    public Acting AsAdmin(Member member) => new(this, member.Id, Moderator: true, Admin: true);

    /// <summary>Sends a request through the app's own mediator, in its own scope, like a controller would.</summary>
    internal async Task<TResponse> SendAsync<TResponse>(Acting? actor, Func<ISender, ValueTask<TResponse>> send)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        if (actor is not null)
        {
            scope.ServiceProvider.GetRequiredService<CurrentMember>().Become(actor.MemberId, confirmed: true, actor.Moderator, actor.Admin);
        }

        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    /// <summary>Stores entities through the app's own database context, so its interceptors see them as they would the app's writes.</summary>
    public async Task InsertAsync(params object[] entities)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClubDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    public async Task<T> QueryDbAsync<T>(Func<ClubDbContext, Task<T>> query)
    {
        await using var db = Database.CreateDbContext();
        return await query(db);
    }

    /// <summary>Runs the effects of every event waiting in the outbox, as the app's worker does after each command.</summary>
    public Task<int> DrainOutboxAsync() => Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    /// <summary>Seeds the database with the tools' large-data seeder, as bench/ does; <paramref name="logger"/> replaces its log.</summary>
    public async Task<SeedOutcome> SeedLargeDataAsync(LargeDataSize size, ILogger<LargeDataSeeder>? logger = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var seeder = new LargeDataSeeder(
            services.GetRequiredService<ClubDbContext>(), services.GetRequiredService<MarkdownRenderer>(), services.GetRequiredService<TimeProvider>(),
            logger ?? services.GetRequiredService<ILogger<LargeDataSeeder>>());
        return await seeder.SeedAsync(size);
    }

    /// <summary>Empties the public page cache and the cached query answers, as after a restart.</summary>
    public async Task ClearCachesAsync()
    {
        await Factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageCache.All, CancellationToken.None);
        await Factory.Services.GetRequiredService<HybridCache>().RemoveByTagAsync(ICachedQuery.Tag);
    }

    public BrowserLikeClient CreateClient() => new(Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
}

[CollectionDefinition(Name)]
public sealed class ClubCollection : ICollectionFixture<ClubFixture>
{
    public const string Name = "Club";
}

/// <summary>Base of the tests that share the app: each test starts from an empty database.</summary>
[Collection(ClubCollection.Name)]
public abstract class ClubTest(ClubFixture fixture) : IAsyncLifetime
{
    protected ClubFixture Fixture { get; } = fixture;

    public async Task InitializeAsync()
    {
        await Fixture.Database.ResetAsync();
        await Fixture.ClearCachesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>Who a test's requests act as, read by the handlers through <see cref="ICurrentMember"/> as the web app's would be.</summary>
public sealed record Acting(ClubFixture Fixture, Guid MemberId, bool Moderator, bool Admin)
{
    public Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command) => Fixture.SendAsync(this, s => s.Send(command));

    public Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query) => Fixture.SendAsync(this, s => s.Send(query));
}
