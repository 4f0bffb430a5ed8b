using System.Net;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Startup;

/// <summary>
/// Stopping the app (a deploy, a restart) lets the requests under way finish on a real Kestrel port and
/// takes no new ones. The scheduled jobs, stopped half-way and run again by Hangfire after a restart, send
/// nothing twice: DigestAndEmailTests runs each job twice over the same work.
/// </summary>
public sealed class GracefulShutdownTests(ClubFixture fixture) : ClubTest(fixture)
{
    /// <summary>A request that takes a while, like a slow page, added to the real app for this test only.</summary>
    private sealed class SlowPage(TaskCompletionSource started) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/prova/lenta", slow => slow.Run(async context =>
            {
                started.TrySetResult();
                await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None);
                await context.Response.WriteAsync("finita");
            }));
            next(app);
        };
    }

    [Fact]
    public async Task A_request_under_way_when_the_app_stops_still_gets_its_whole_answer()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new ClubAppFactory(Fixture.Database.ConnectionString, services: s => s.AddSingleton<IStartupFilter>(new SlowPage(started)));
        app.UseKestrel(0);
        app.StartServer();
        var address = app.ClientOptions.BaseAddress;
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

        var slow = http.GetAsync(new Uri("/prova/lenta", UriKind.Relative));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var stopping = app.DisposeAsync().AsTask();

        using var answer = await slow;
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("finita", await answer.Content.ReadAsStringAsync());
        await stopping;
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("/health/live", UriKind.Relative)));
    }
}
