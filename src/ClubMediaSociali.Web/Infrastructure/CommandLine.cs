using ClubMediaSociali.Application.Features.Admin;
using ClubMediaSociali.Web.Infrastructure.Database;
using Mediator;

namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>Tasks run from the server's shell instead of serving pages.</summary>
internal static class CommandLine
{
    /// <summary>`dotnet run --project src/ClubMediaSociali.Web -- create-admin EMAIL`</summary>
    public static async Task<int> CreateAdminAsync(WebApplication app, string email, ClubDatabaseTarget database)
    {
        try
        {
            if (!email.Contains('@', StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"'{email}' is not an email address. Usage: create-admin EMAIL");
                return 2;
            }

            await using var scope = app.Services.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CreateAdmin(email));
            Console.WriteLine(created.Created
                ? $"Admin account created for {email}. One-time password: {created.Password} (change it after signing in)."
                : $"{email} is now an admin.");
            return 0;
        }
        finally
        {
            if (database.LocalCluster is { } cluster)
            {
                await cluster.StopAsync();
            }
        }
    }
}
