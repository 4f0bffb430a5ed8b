using System.Net;
using System.Threading.Channels;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Web.Features.Conversations;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>
/// A member's open page as the live script sees it: signed in through the real form, connected to the conversations'
/// hub with the same cookies (long polling through the test server), recording what the hub tells it.
/// </summary>
public sealed class LivePage : IAsyncDisposable
{
    private readonly Channel<string> _heard = Channel.CreateUnbounded<string>();
    private readonly List<string> _kept = [];

    private LivePage(HubConnection connection, BrowserLikeClient client) => (Connection, Client) = (connection, client);

    public HubConnection Connection { get; }

    /// <summary>The same member's pages without scripts, sharing the cookies.</summary>
    public BrowserLikeClient Client { get; }

    public static async Task<LivePage> OpenAsync(ClubFixture fixture, WebApplicationFactory<Program> app, Member member)
    {
        var cookies = new CookieContainer();
        var client = await fixture.SignInAsync(new BrowserLikeClient(app.CreateDefaultClient(new Uri("http://localhost"), new CookieJar(cookies))), member);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri("http://localhost" + ConversationHub.Path), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => new CookieJar(cookies) { InnerHandler = app.Server.CreateHandler() };
            })
            .Build();
        var page = new LivePage(connection, client);
        connection.On("unread", () => page._heard.Writer.TryWrite("unread"));
        connection.On<Guid, long>("changed", (id, seq) => page._heard.Writer.TryWrite($"changed {id} {seq}"));
        await connection.StartAsync();
        return page;
    }

    /// <summary>Waits for the hub to say <paramref name="expected"/>, in whatever order with anything else it says, within a few seconds; takes it.</summary>
    public async Task<bool> HearsAsync(string expected, int seconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            while (true)
            {
                while (_heard.Reader.TryRead(out var said))
                {
                    _kept.Add(said);
                }

                if (_kept.Remove(expected))
                {
                    return true;
                }

                await _heard.Reader.WaitToReadAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        Client.Dispose();
    }

    /// <summary>Keeps cookies across requests, shared by the page's requests and its hub connection.</summary>
    private sealed class CookieJar(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    cookies.SetCookies(request.RequestUri!, value);
                }
            }

            return response;
        }
    }
}
