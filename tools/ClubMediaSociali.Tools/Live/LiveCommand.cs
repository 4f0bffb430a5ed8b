using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.SignalR.Client;

namespace ClubMediaSociali.Tools.Live;

/// <summary>
/// <c>live --listen URL[,URL...] --send URL --writers FILE [--messages N]</c>: every member of FILE ("cookie TAB
/// antiforgery token TAB conversation" lines, as bench/lib.sh writes them) opens the conversations' hub on one of the
/// listening instances (in turn) and watches their conversation, as an open conversation page does; then N messages
/// are sent through the sending instance's form, by members drawn at random, four at a time. It prints how many of
/// the expected deliveries arrived and the time from sending to delivery (p50, p99, max), and fails when any is missing.
/// </summary>
public static class LiveCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        if (!options.TryGetValue("--listen", out var listen) || !options.TryGetValue("--send", out var send) || !options.TryGetValue("--writers", out var file))
        {
            Console.Error.WriteLine("Usage: live --listen URL[,URL...] --send URL --writers FILE [--messages N]");
            return 2;
        }

        var messages = options.TryGetValue("--messages", out var n) ? int.Parse(n, CultureInfo.InvariantCulture) : 500;
        var listeners = listen.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var writers = (await File.ReadAllLinesAsync(file)).Select(l => l.Split('\t')).Where(p => p.Length == 3)
            .Select(p => new Writer(p[0], p[1], Guid.Parse(p[2]))).ToList();
        var clock = Stopwatch.StartNew();
        var received = new ConcurrentDictionary<(Guid Conversation, long Seq), ConcurrentBag<TimeSpan>>();
        var connections = new List<HubConnection>();
        foreach (var (writer, i) in writers.Select((w, i) => (w, i)))
        {
            var connection = new HubConnectionBuilder()
                .WithUrl($"{listeners[i % listeners.Length]}/messaggi/diretta", o => o.Headers["Cookie"] = writer.Cookie)
                .Build();
            connection.On<Guid, long>("changed", (conversation, seq) => received.GetOrAdd((conversation, seq), _ => []).Add(clock.Elapsed));
            await connection.StartAsync();
            await connection.InvokeAsync("Watch", writer.Conversation);
            connections.Add(connection);
        }

        Console.WriteLine($"{connections.Count} members connected to {string.Join(", ", listeners)}, watching {writers.Select(w => w.Conversation).Distinct().Count()} conversations");
        var watching = writers.GroupBy(w => w.Conversation).ToDictionary(g => g.Key, g => g.Count());
        var sent = new ConcurrentDictionary<(Guid Conversation, long Seq), TimeSpan>();
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        var next = 0;
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async lane =>
        {
            var random = new Random(lane);
            while (Interlocked.Increment(ref next) <= messages)
            {
                var writer = writers[random.Next(writers.Count)];
                using var request = new HttpRequestMessage(HttpMethod.Post, $"{send}/messaggi/{writer.Conversation}")
                {
                    Content = new FormUrlEncodedContent([new("Body", Sentence(random)), new("__RequestVerificationToken", writer.Token)]),
                };
                request.Headers.Add("Cookie", writer.Cookie);
                var at = clock.Elapsed;
                using var response = await http.SendAsync(request);
                var location = response.Headers.Location?.OriginalString ?? "";
                var hash = location.LastIndexOf("#m", StringComparison.Ordinal);
                if (response.StatusCode != HttpStatusCode.Redirect || hash < 0)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }

                sent[(writer.Conversation, long.Parse(location[(hash + 2)..], CultureInfo.InvariantCulture))] = at;
            }
        }));

        await Task.Delay(TimeSpan.FromSeconds(3));
        var latencies = new List<double>();
        var expected = 0;
        foreach (var ((conversation, seq), at) in sent)
        {
            expected += watching[conversation];
            latencies.AddRange(received.TryGetValue((conversation, seq), out var times) ? times.Select(t => (t - at).TotalMilliseconds) : []);
        }

        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sent {sent.Count} messages ({failures} refused); deliveries {latencies.Count} of {expected}; send to delivery p50 {Percentile(0.5):F1} ms, p99 {Percentile(0.99):F1} ms, max {(latencies.Count == 0 ? double.NaN : latencies[^1]):F1} ms"));
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        return latencies.Count == expected && failures == 0 ? 0 : 1;
    }

    private static readonly string[] Words =
        ["clienti", "preventivo", "campagna", "video", "newsletter", "fiera", "contenuti", "budget", "risultati", "storie", "prodotto",
         "incontro", "fotografie", "calendario", "agenzia", "pubblico", "domani", "giovedì", "chiamata", "proposta", "bozza", "grazie"];

    /// <summary>An ordinary sentence, different each time, so the spam check reads what members write (it holds a text repeated by new accounts).</summary>
    private static string Sentence(Random random) => "Ciao, " + string.Join(' ', Enumerable.Range(0, 10).Select(_ => Words[random.Next(Words.Length)])) + ".";

    private sealed record Writer(string Cookie, string Token, Guid Conversation);
}
