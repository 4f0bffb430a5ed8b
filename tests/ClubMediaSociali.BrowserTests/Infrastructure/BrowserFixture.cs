using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClubMediaSociali.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port, driven by Debian's Chromium through Playwright
/// (no browser download). Screenshots go to artifacts/screenshots at the repository root.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private TestDatabase? _database;
    private ClubAppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private OidcServer? _provider;

    /// <summary>The OpenID Connect provider the app offers as "LinkedIn" (a real OpenIddict server, started here).</summary>
    public OidcServer Provider => _provider!;

    public TestDatabase Database => _database!;

    public string MailFolder => _app!.MailFolder;

    public IServiceProvider Services => _app!.Services;

    public Uri BaseAddress { get; private set; } = default!;

    public static string ScreenshotFolder { get; } = RepositoryFiles.PathOf("artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {ChromiumPath}: apt-get install chromium chromium-driver.");
        }

        _database = await TestDatabase.StartAsync();
        _provider = await OidcServer.StartAsync(uri => uri?.EndsWith("/accesso/esterno/linkedin/ritorno", StringComparison.Ordinal) == true);
        // As in the app, the outbox worker runs the effects of each action (notifications, reputation) at once.
        var settings = _provider.Settings("linkedin", "LinkedIn");
        settings["Outbox:Enabled"] = "true";
        _app = new ClubAppFactory(_database.ConnectionString, settings);
        _app.UseKestrel(0);
        _app.StartServer();
        BaseAddress = _app.ClientOptions.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--disable-quic",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context (own cookies) with a page that records console errors and failed requests.</summary>
    /// <param name="localhost">
    /// Opens the app at http://localhost rather than at its IP address: WebAuthn (passkeys) needs a domain for the
    /// relying party's id, and browsers count localhost as a secure origin.
    /// </param>
    public async Task<BrowserPage> OpenPageAsync(int width = 1280, int height = 900, bool localhost = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (localhost ? new UriBuilder(BaseAddress) { Host = "localhost" }.Uri : BaseAddress).ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "it-IT",
        });
        var page = await context.NewPageAsync();
        return new BrowserPage(context, page);
    }

    /// <summary>
    /// A confirmed member with the test password; a moderator also gets an authenticator key,
    /// since staff must sign in with a second step.
    /// </summary>
    public async Task<(Member Member, string? AuthenticatorKey)> CreateMemberAsync(string name, bool moderator = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = Build.Member(name);
        Assert.True((await users.CreateAsync(member, Accounts.Password)).Succeeded);
        if (!moderator)
        {
            return (member, null);
        }

        await users.AddToRoleAsync(member, StaffRoles.Moderator);
        await users.ResetAuthenticatorKeyAsync(member);
        await users.SetTwoFactorEnabledAsync(member, true);
        return (member, await users.GetAuthenticatorKeyAsync(member));
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>A page plus what went wrong on it: console errors, uncaught exceptions and failed requests.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Problems.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => Problems.Add($"request failed: {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public List<string> Problems { get; } = [];

    public Task ScreenshotAsync(string name) => Page.ScreenshotAsync(new PageScreenshotOptions
    {
        Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png"),
        FullPage = true,
    });

    /// <summary>Signs in through the form, with the authenticator code when a key is given.</summary>
    public async Task SignInAsync(Member member, string? authenticatorKey = null)
    {
        await Page.GotoAsync("/accesso");
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(member.Email!);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Accounts.Password);
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        if (authenticatorKey is not null)
        {
            await Page.GetByLabel("Codice", new() { Exact = true }).FillAsync(Totp.Code(authenticatorKey));
            await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        }

        // Attached rather than visible: on a phone the name sits in the collapsed menu.
        await Page.Locator(".member-name").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Presses Tab (Shift+Tab never) until the focused element matches <paramref name="selector"/>, as a
    /// keyboard user would, and checks that the focus can be seen there (an outline or a ring).
    /// </summary>
    public async Task TabToAsync(string selector, int maxPresses = 120)
    {
        var visited = new List<string>();
        for (var press = 0; press < maxPresses; press++)
        {
            await Page.Keyboard.PressAsync("Tab");
            visited.Add(await Page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 90) : 'nothing'"));
            if (await Page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                var visible = await Page.EvaluateAsync<bool>("""
                    () => {
                        const style = getComputedStyle(document.activeElement);
                        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
                    }
                    """);
                Assert.True(visible, $"The keyboard focus cannot be seen on {selector}.");
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector} in {maxPresses} presses; the focus went to:\n{string.Join('\n', visited.Take(40))}");
    }

    /// <summary>Signs in with the keyboard only: Tab to each field, type, Enter.</summary>
    public async Task SignInWithKeyboardAsync(Member member, string? authenticatorKey = null)
    {
        await Page.GotoAsync("/accesso");
        await AssertAccessibleAsync();
        await TabToAsync("main input[name='Email']");
        await Page.Keyboard.TypeAsync(member.Email!);
        await TabToAsync("main input[name='Password']");
        await Page.Keyboard.TypeAsync(Accounts.Password);
        await Page.Keyboard.PressAsync("Enter");
        if (authenticatorKey is not null)
        {
            await Page.WaitForURLAsync("**/accesso/verifica**");
            await TabToAsync("main input[name='Code']");
            await Page.Keyboard.TypeAsync(Totp.Code(authenticatorKey));
            await Page.Keyboard.PressAsync("Enter");
        }

        await Page.Locator(".member-name").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>Runs axe on the current page and fails on any serious or critical violation.</summary>
    public async Task AssertAccessibleAsync()
    {
        var axe = await Page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, "Accessibility problems:\n" + string.Join('\n', serious));
    }

    public void AssertNoProblems() =>
        Assert.True(Problems.Count == 0, "Problems on the page:\n" + string.Join('\n', Problems));

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
