using ClubMediaSociali.Application.Data.LargeData;
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

    /// <summary>
    /// `dotnet run --project src/ClubMediaSociali.Web -- seed [--members N] [--practices N] [--ideas N] [--votes N]`: adds large
    /// generated data to the configured database (see <see cref="LargeDataSeeder"/>).
    /// </summary>
    public static async Task<int> SeedAsync(WebApplication app, string[] args, ClubDatabaseTarget database)
    {
        try
        {
            if (!TryReadSize(args, out var size))
            {
                Console.Error.WriteLine("Usage: seed [--members N] [--practices N] [--ideas N] [--votes N] [--companies N] [--opportunities N] (whole numbers, at least 1 member)");
                return 2;
            }

            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LargeDataSeeder>().SeedAsync(size);
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

    private static bool TryReadSize(string[] args, out LargeDataSize size)
    {
        size = LargeDataSize.Default;
        for (var i = 1; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return false;
            }

            size = args[i] switch
            {
                "--members" => size with { Members = value },
                "--practices" => size with { Practices = value },
                "--ideas" => size with { Ideas = value },
                "--votes" => size with { Votes = value },
                "--companies" => size with { Companies = value },
                "--opportunities" => size with { Opportunities = value },
                _ => size with { Members = -1 },
            };
        }

        return size.Members >= 1;
    }
}
