using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ClubMediaSociali.Web.Infrastructure.Proxies;

/// <summary>
/// Behind a load balancer the app sees the proxy's address. X-Forwarded-For and X-Forwarded-Proto are
/// believed only when they come from an address listed in <c>ForwardedHeaders:KnownProxies</c> (or a
/// range in <c>ForwardedHeaders:KnownNetworks</c>); then the client's own address drives the rate
/// limits and the logs, and the original scheme decides secure cookies and redirects. With nothing
/// configured, no forwarded header is believed, so a client cannot pretend to be someone else.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = List(configuration["ForwardedHeaders:KnownProxies"]);
        var networks = List(configuration["ForwardedHeaders:KnownNetworks"]);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the listed proxies, not ASP.NET Core's default of the loopback address.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // One proxy in front: the address it appended is the client's.
            options.ForwardLimit = 1;
        });
        return services;
    }

    private static string[] List(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
