using ClubMediaSociali.Application;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Data.DemoContent;
using ClubMediaSociali.Application.Features.Notifications;
using ClubMediaSociali.Web.Features.Media;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Email;
using ClubMediaSociali.Web.Infrastructure.Health;
using ClubMediaSociali.Web.Infrastructure.Jobs;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Mvc;
using ClubMediaSociali.Web.Infrastructure.Proxies;
using ClubMediaSociali.Web.Infrastructure.Telemetry;
using ClubMediaSociali.Web.Infrastructure.Validation;
using FluentValidation;
using Hangfire;
using Mediator;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Serilog;

namespace ClubMediaSociali.Web;

/// <summary>Names this assembly for scanning (validators of web forms).</summary>
internal sealed class WebAssemblyMarker;

/// <summary>The web app's services and request pipeline, in one place.</summary>
internal static class WebComposition
{
    /// <summary>Serilog to the console, levels from configuration.</summary>
    public static WebApplicationBuilder UseClubLogging(this WebApplicationBuilder builder)
    {
        builder.Host.UseSerilog((context, services, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        return builder;
    }

    public static IServiceCollection AddClubWeb(
        this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment, string connectionString)
    {
        // On SIGTERM Kestrel stops taking connections and the requests under way get this long to finish
        // (and Hangfire's workers their cancellation); the compose file's stop_grace_period is longer.
        services.Configure<HostOptions>(options =>
            options.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue("Host:ShutdownTimeoutSeconds", 25)));
        services.AddDbContextPool<ClubDbContext>((provider, options) =>
        {
            options.UseClubPostgres(connectionString)
                .AddInterceptors(provider.GetRequiredService<UnreadCountsInterceptor>(), provider.GetRequiredService<MemberPagesInterceptor>());
            if (environment.IsDevelopment())
            {
                options.EnableDetailedErrors();
            }
        });

        services.AddSingleton<Application.Common.Limits.IRequestOrigin, Infrastructure.HttpRequestOrigin>();
        services.AddSingleton<Application.Common.Events.IOpenPages, Features.Conversations.HubOpenPages>();
        services.AddClubApplication();
        services.Configure<Application.Features.Media.MediaOptions>(configuration.GetSection("Media"));
        services.AddValidatorsFromAssemblyContaining<WebAssemblyMarker>(ServiceLifetime.Scoped);
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(ClubDbContext)];
            // Logging wraps validation, so rejected requests are logged too. Cached answers skip the
            // handler. The transaction is innermost: once a command has committed, the public pages it
            // changed are dropped and the outbox worker is woken for the events it raised.
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(CachingBehavior<,>),
                typeof(EvictPagesBehavior<,>), typeof(OutboxNudgeBehavior<,>), typeof(TransactionBehavior<,>),
            ];
        });
        Infrastructure.Events.OutboxWorker.AddOutboxWorker(services, configuration);

        services.AddClubIdentity(configuration, environment);
        DemoContentSeeder.Register(services);

        // Keys in PostgreSQL: every instance of the app reads every other instance's cookies.
        services.AddDataProtection()
            .SetApplicationName("ClubMediaSociali")
            .PersistKeysToDbContext<ClubDbContext>();

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<IConfigureOptions<MvcOptions>, ModelBindingMessages>();
        services.AddSingleton<Features.Accounts.SignUpTimer>();
        services.AddSingleton<Features.Sharing.ShareImages>();
        // Stylesheets, scripts and SVG only: pages carry tokens and members' words, which compressed over
        // HTTPS could be guessed at from sizes (BREACH), and they are small beside Bootstrap.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml"];
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(
            options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddScoped<Infrastructure.Results.RefusalTexts>();
        services.AddControllersWithViews(options =>
            {
                // FluentValidation owns validation and its messages are ours; MVC's implicit
                // [Required] on non-nullable strings would add an English message beside them.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.Filters.Add<ValidationFilter>();
                options.ModelBinderProviders.Insert(0, new MemberTextBinderProvider());
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            })
            .AddRazorOptions(FeatureFolders.Configure)
            // Validation runs on the server; data-val-* attributes would only carry MVC's English defaults.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization();
        // Secure-only cookies everywhere but local runs; `Site:SecureCookies=false` is for plain-HTTP
        // trials such as docker compose on localhost, never for a public site.
        var secureCookies = configuration.GetValue(
            "Site:SecureCookies", !(environment.IsDevelopment() || environment.IsEnvironment("Testing")));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = secureCookies ? "__Host-club.af" : "club.af";
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        services.AddClubEmail(configuration, environment);
        services.AddClubRateLimits(configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddClubCaching(configuration);
        // Live conversations: with Redis, a message sent through one instance reaches pages open on every other.
        var signalR = services.AddSignalR();
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("club:live"));
        }

        services.AddTrustedProxies(configuration);
        services.AddClubJobs(configuration, connectionString);
        services.AddClubTelemetry(configuration);
        return services;
    }

    public static WebApplication UseClubPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/errore");
            app.UseHsts();
        }

        app.UseClubMetricsEndpoint(app.Configuration);
        app.UseStatusCodePagesWithReExecute("/errore/{0}");
        app.UseSecurityHeaders();
        // A NUL in an address is never a reader's: PostgreSQL cannot take it, so it stops here as a 400.
        app.Use((context, next) =>
        {
            if (context.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            return next();
        });
        app.UseResponseCompression();
        app.UseStaticFiles(StaticFileCaching.Options);
        app.UseSerilogRequestLogging();
        app.UseRouting();
        app.UseUploadLimits();
        app.UseRequestLocalization(ClubCultures.RequestLocalization());
        app.UseAuthentication();
        app.UseCurrentMember();
        app.UseAuthorization();
        app.UseVisitTracking();
        app.UseMemberPages();
        app.UseRateLimiter();
        app.UseOutputCache();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapControllers();
        app.MapHub<Features.Conversations.ConversationHub>(Features.Conversations.ConversationHub.Path);
        app.MapPictures();
        // Admins only; Hangfire's own filter is replaced by the Club's policy on the endpoint.
        app.MapHangfireDashboard("/admin/lavori", new DashboardOptions { Authorization = [], DisplayStorageConnectionString = false, AppPath = "/admin", DashboardTitle = "Club dei media sociali · lavori" })
            .RequireAuthorization(Policies.Admin);

        app.Lifetime.ApplicationStarted.Register(() => Log.Information(
            "Club dei media sociali ready on {Addresses}",
            string.Join(", ", app.Urls)));
        return app;
    }
}
