using ClubMediaSociali.Application.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>The real web app, in the "Testing" environment, on a database the tests own.</summary>
public sealed class ClubAppFactory(
    string connectionString, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    /// <summary>Where the app's mail lands (the pickup folder of the Testing environment).</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"club-mail-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Smtp:PickupFolder", MailFolder);
        // Tests sign in, write and vote many times a minute; the rate-limit tests use their own low limits.
        builder.UseSetting("RateLimits:AccountsPerMinute", "100000");
        builder.UseSetting("RateLimits:ContributionsPerMinute", "100000");
        builder.UseSetting("RateLimits:VotesPerMinute", "100000");
        builder.UseSetting("RateLimits:WritesPerAddressPerMinute", "100000");
        // Tests post forms as soon as they load them; SignUpTimerTests sets its own minimum.
        builder.UseSetting("Security:SignUpMinimumSeconds", "0");
        builder.UseSetting("Security:StampValidationSeconds", "0");
        // Scheduled work runs only when a test asks for it.
        builder.UseSetting("Jobs:Enabled", "false");
        // Effects run when a test drains the outbox (ClubFixture.DrainOutboxAsync); the browser tests start the worker.
        builder.UseSetting("Outbox:Enabled", "false");
        // Effects and jobs build mail links outside any request: the test host's own address (only paths are followed).
        builder.UseSetting("Site:BaseUrl", "http://localhost");
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Club", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureTestServices(testServices =>
        {
            testServices.AddHttpContextAccessor();
            testServices.AddSingleton<SqlCommandCounter>();
            testServices.ConfigureDbContext<ClubDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<SqlCommandCounter>()));
            services?.Invoke(testServices);
        });
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
