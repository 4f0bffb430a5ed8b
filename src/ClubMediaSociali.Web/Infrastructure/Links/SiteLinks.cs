using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Links;

namespace ClubMediaSociali.Web.Infrastructure.Links;

/// <summary>
/// Builds the absolute links of mail from Site:BaseUrl. Only local runs (Development,
/// tests) may fall back to the request's address: elsewhere a forged Host header would let an
/// attacker receive someone else's reset link, so start-up requires Site:BaseUrl there.
/// </summary>
internal sealed class SiteLinks(IHttpContextAccessor http, IConfiguration configuration) : IAccountLinks, ISiteAddress
{
    public string Absolute(Target target) => Absolute(ClubLinks.PathOf(target));

    public string Path(Target target) => ClubLinks.PathOf(target);

    public string ConfirmEmail(Guid memberId, string token) =>
        Absolute($"/account/conferma?memberId={memberId}&token={Uri.EscapeDataString(token)}");

    public string ResetPassword(Guid memberId, string token) =>
        Absolute($"/account/nuova-password?memberId={memberId}&token={Uri.EscapeDataString(token)}");

    public string SignIn(Guid memberId, string token) =>
        Absolute($"/accesso/collegamento/entra?memberId={memberId}&token={Uri.EscapeDataString(token)}");

    public string ForgotPassword() => Absolute("/account/password-dimenticata");

    public string ConfirmEmailChange(Guid memberId, string newEmail, string token) =>
        Absolute($"/account/conferma-email?memberId={memberId}&email={Uri.EscapeDataString(newEmail)}&token={Uri.EscapeDataString(token)}");

    public string Absolute(string pathAndQuery)
    {
        var configured = configuration["Site:BaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/') + pathAndQuery;
        }

        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("Set Site:BaseUrl to build links outside a web request.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
    }
}
