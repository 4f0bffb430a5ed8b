using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClubMediaSociali.Tests.Features.Startup;

// In the shared collection because it redirects the process-wide standard error while it runs.
[Collection(ClubCollection.Name)]
public sealed class StartupTests
{
    [Fact]
    public void Outside_development_a_missing_connection_string_stops_the_app_with_a_clear_message()
    {
        var originalError = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
                .UseEnvironment("Production")
                .UseSetting("ConnectionStrings:Club", ""));

            Assert.ThrowsAny<Exception>(() => app.CreateClient());
        }
        finally
        {
            Console.SetError(originalError);
        }

        Assert.Contains("ConnectionStrings__Club", captured.ToString(), StringComparison.Ordinal);
    }
}
