using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Tools.Baseline;
using ClubMediaSociali.Tools.LargeData;

namespace ClubMediaSociali.Tools;

/// <summary>The Club's tools for benchmarks (bench/lib.sh runs them); the database is the one named by ConnectionStrings__Club, as for the app.</summary>
internal static class ToolsProgram
{
    public static async Task<int> Main(string[] args)
    {
        // Pictures and live delivery are measured without a database of their own.
        if (args is ["media", .. var media])
        {
            return await Media.MediaCommand.RunAsync(media);
        }

        if (args is ["live", .. var live])
        {
            return await Live.LiveCommand.RunAsync(live);
        }

        var connectionString = new ConfigurationBuilder().AddEnvironmentVariables().Build().GetConnectionString(ClubDatabase.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Console.Error.WriteLine($"Name the database with ConnectionStrings__{ClubDatabase.ConnectionStringName}.");
            return 2;
        }

        switch (args)
        {
            case ["seed", .. var rest]:
                return await SeedCommand.RunAsync(rest, connectionString);
            case ["baseline", .. var rest]:
                return await BaselineCommand.RunAsync(rest, connectionString);
            default:
                Console.Error.WriteLine("Usage: seed [--check] [--members N] [--practices N] [--ideas N] [--votes N] [--companies N] [--opportunities N] | baseline | media ... | live ...");
                return 2;
        }
    }
}
