using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>The real web app, in the "Testing" environment, on a database the tests own.</summary>
public sealed class ClubAppFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Club", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
