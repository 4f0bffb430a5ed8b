using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>Makes every request reach the test app from <see cref="Address"/>, as from a peer on the network.</summary>
public sealed class Peer(IPAddress address) : IStartupFilter
{
    public IPAddress Address { get; set; } = address;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = Address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
