using ClubMediaSociali.Application.Common.Limits;

namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>The client's address, as the forwarded headers of a trusted proxy give it (see <see cref="Proxies.TrustedProxies"/>).</summary>
internal sealed class HttpRequestOrigin(IHttpContextAccessor http) : IRequestOrigin
{
    public string? Address => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
