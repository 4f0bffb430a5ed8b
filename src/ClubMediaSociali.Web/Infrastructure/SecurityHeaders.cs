namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>Headers that keep browsers from running, framing or sniffing what they should not.</summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// No inline scripts or styles anywhere: every script and stylesheet is a file of ours. Forms post only here, and
    /// to the sign-in pages of the configured providers (a provider's button posts here and is sent on there).
    /// </summary>
    private static string ContentSecurityPolicy(IEnumerable<string> formTargets) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        $"connect-src 'self'; form-action {string.Join(' ', formTargets.Prepend("'self'").Distinct())}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = ContentSecurityPolicy(app.ApplicationServices.GetRequiredService<Authorization.ExternalProviders>().All.Select(p => p.Origin));
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
    }
}
