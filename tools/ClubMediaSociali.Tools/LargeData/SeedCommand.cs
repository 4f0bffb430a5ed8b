using System.Globalization;
using ClubMediaSociali.Application;
using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tools.LargeData;

/// <summary>
/// <c>seed [--check] [--members N] [--practices N] [--ideas N] [--votes N] [--companies N] [--opportunities N] [--activities N] [--conversations N] [--messages N] [--events N]</c> against
/// the database named by <c>ConnectionStrings__Club</c>: migrates it, then seeds it if it holds no member. With
/// <c>--check</c> it seeds nothing and answers 0 when the database holds this seeder's version at that size, 1 otherwise.
/// </summary>
internal static class SeedCommand
{
    private const string Usage =
        "Usage: seed [--check] [--members N] [--practices N] [--ideas N] [--votes N] [--companies N] [--opportunities N] [--activities N] [--conversations N] [--messages N] [--events N] (whole numbers, at least 1 member)";

    public static async Task<int> RunAsync(string[] args, string connectionString)
    {
        var check = args.Contains("--check");
        if (!TryReadSize([.. args.Where(a => a != "--check")], out var size))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        await using var services = Services(connectionString);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClubDbContext>();
        var wanted = SeedRecord.Describe(SeedRecord.Version, size);
        if (check)
        {
            var held = await SeedRecord.ReadAsync(db, CancellationToken.None);
            Console.WriteLine(held == wanted
                ? $"The database holds the seed wanted ({wanted})."
                : $"The database holds {(held is null ? "no recorded seed" : $"the seed {held}")}; wanted: {wanted}.");
            return held == wanted ? 0 : 1;
        }

        await ClubDatabase.MigrateAsync(db);
        switch (await scope.ServiceProvider.GetRequiredService<LargeDataSeeder>().SeedAsync(size))
        {
            case SeedOutcome.Refused refused:
                Console.Error.WriteLine($"The database already holds {refused.Members} members: seed fills an empty Club only. Seed a new database.");
                return 3;
            default:
                Console.WriteLine($"Seeded {wanted}.");
                return 0;
        }
    }

    private static ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(options => options.SingleLine = true)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
        services.AddDbContext<ClubDbContext>(options => options.UseClubPostgres(connectionString));
        services.AddClubApplication();
        services.AddScoped<LargeDataSeeder>();
        return services.BuildServiceProvider();
    }

    private static bool TryReadSize(string[] args, out LargeDataSize size)
    {
        size = LargeDataSize.Default;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value < 0)
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
                "--activities" => size with { Activities = value },
                "--conversations" => size with { Conversations = value },
                "--messages" => size with { Messages = value },
                "--events" => size with { Events = value },
                _ => size with { Members = -1 },
            };
        }

        return size.Members >= 1;
    }
}
