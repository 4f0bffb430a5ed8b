using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Web;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tools.Baseline;

/// <summary>
/// <c>baseline</c>: serves <c>/bench/fortunes</c> through the Club's own services, middleware and Razor (the
/// whole app plus this one page, as the in-app baseline was), listening on ASPNETCORE_URLS, until stopped.
/// It runs beside the app under measurement, so the Club's background work (jobs, outbox) stays off here.
/// </summary>
internal static class BaselineCommand
{
    public static async Task<int> RunAsync(string[] args, string connectionString)
    {
        var app = Build(args, connectionString);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FortunesDbContext>().EnsureAsync(CancellationToken.None);
        }

        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args, string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false", ["Outbox:Enabled"] = "false" });

        builder.UseClubLogging();
        builder.Services.AddClubWeb(builder.Configuration, builder.Environment, connectionString);
        builder.Services.AddDbContextPool<FortunesDbContext>(options => options.UseNpgsql(ClubDatabase.Tuned(connectionString)));
        builder.Services.AddControllersWithViews()
            .AddApplicationPart(typeof(WebComposition).Assembly)
            .AddApplicationPart(typeof(FortunesController).Assembly);
        var app = builder.Build();
        app.UseClubPipeline();
        return app;
    }
}
