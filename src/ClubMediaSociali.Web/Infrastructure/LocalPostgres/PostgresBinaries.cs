using System.Diagnostics;

namespace ClubMediaSociali.Web.Infrastructure.LocalPostgres;

/// <summary>Finds the machine's PostgreSQL server programs (initdb, pg_ctl).</summary>
public sealed record PostgresBinaries(string Directory)
{
    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    public const string NotFoundMessage =
        "PostgreSQL server programs (initdb, pg_ctl) were not found. Install them " +
        "(Debian/Ubuntu: `apt-get install postgresql`; macOS: `brew install postgresql`), " +
        "set CLUB_PG_BIN to the folder that contains them, or give a connection string with " +
        "`ConnectionStrings__Club=\"Host=...;Database=club;Username=...;Password=...\"`.";

    /// <summary>
    /// Looks in CLUB_PG_BIN, then `pg_config --bindir`, then PATH, then /usr/lib/postgresql/*/bin
    /// (newest version first), where Debian keeps them off the PATH.
    /// </summary>
    public static PostgresBinaries? Find()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("CLUB_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (PgConfigBinDir() is { } fromPgConfig)
        {
            candidates.Add(fromPgConfig);
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));

        const string debianRoot = "/usr/lib/postgresql";
        if (System.IO.Directory.Exists(debianRoot))
        {
            candidates.AddRange(System.IO.Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin")));
        }

        return candidates
            .Select(dir => new PostgresBinaries(dir))
            .FirstOrDefault(b => File.Exists(b.InitDb) && File.Exists(b.PgCtl));
    }

    private static string? PgConfigBinDir()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // pg_config is not installed: try the other places.
        }
    }
}
