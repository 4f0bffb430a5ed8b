using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ClubMediaSociali.Web.Infrastructure.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster in a folder of ours, started from the machine's binaries: the
/// development database of `dotnet run` and the throwaway database of a test run.
/// PostgreSQL refuses to run as root, so as root every server command runs as the `postgres` user.
/// </summary>
public sealed class LocalPostgresCluster
{
    private readonly PostgresBinaries _binaries;
    private readonly bool _durable;

    private LocalPostgresCluster(PostgresBinaries binaries, string dataDirectory, int port, bool durable)
    {
        _binaries = binaries;
        DataDirectory = dataDirectory;
        Port = port;
        _durable = durable;
    }

    public string DataDirectory { get; }

    public int Port { get; private set; }

    private static bool RunningAsRoot => Environment.UserName == "root";

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = "postgres",
        // Trust authentication on loopback only: the cluster is private to this machine.
        Timeout = 5,
    }.ConnectionString;

    /// <summary>
    /// Starts the cluster in <paramref name="dataDirectory"/>, creating it first if needed. A cluster
    /// that is already running there (an earlier run that was killed) is reused.
    /// </summary>
    /// <param name="durable">False for tests: no fsync, which is fast and loses data on a crash.</param>
    public static async Task<LocalPostgresCluster> StartAsync(string dataDirectory, bool durable, CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Find() ?? throw new LocalPostgresException(PostgresBinaries.NotFoundMessage);
        dataDirectory = Path.GetFullPath(dataDirectory);

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            await InitializeAsync(binaries, dataDirectory, cancellationToken);
        }

        if (await RunningPortAsync(binaries, dataDirectory, cancellationToken) is { } runningPort)
        {
            return new LocalPostgresCluster(binaries, dataDirectory, runningPort, durable);
        }

        var cluster = new LocalPostgresCluster(binaries, dataDirectory, FreePort(), durable);
        await cluster.StartServerAsync(cancellationToken);
        return cluster;
    }

    /// <summary>
    /// Creates the database if it does not exist, so that migrating it does not first log a
    /// connection error about a missing database.
    /// </summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = database });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            var quoted = new NpgsqlCommandBuilder().QuoteIdentifier(database);
#pragma warning disable CA2100 // The name is quoted as an identifier; CREATE DATABASE takes no parameters.
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
#pragma warning restore CA2100
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Drops the database (closing its connections) and creates it again, empty.</summary>
    public async Task RecreateDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
#pragma warning disable CA2100 // The name is quoted as an identifier; DROP DATABASE takes no parameters.
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlCommandBuilder().QuoteIdentifier(database)} WITH (FORCE)", connection);
#pragma warning restore CA2100
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        await EnsureDatabaseAsync(database, cancellationToken);
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/>, on the same port.</summary>
    public Task StartAgainAsync(CancellationToken cancellationToken = default) => StartServerAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) =>
        RunAsync(_binaries.PgCtl, ["-D", DataDirectory, "-m", "fast", "-w", "stop"], cancellationToken);

    /// <summary>Stops the server and deletes its folder: for throwaway test clusters.</summary>
    public async Task DestroyAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var serverOptions = string.Join(' ',
            $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
            "-c listen_addresses=127.0.0.1",
            $"-k {DataDirectory}",
            _durable ? "" : "-F -c synchronous_commit=off -c full_page_writes=off");
        // -l sends the server's output to a file: otherwise it would hold our output pipe open.
        await RunAsync(_binaries.PgCtl,
            ["-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-w", "-t", "60", "-o", serverOptions, "start"],
            cancellationToken);
    }

    private static async Task InitializeAsync(PostgresBinaries binaries, string dataDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        if (RunningAsRoot)
        {
            await RunProcessAsync("chown", ["postgres:postgres", dataDirectory], cancellationToken);
        }

        await RunAsync(binaries.InitDb,
            ["-D", dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            cancellationToken);
    }

    private static async Task<int?> RunningPortAsync(PostgresBinaries binaries, string dataDirectory, CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var status = await RunProcessAsync(WrapCommand(binaries.PgCtl), WrapArguments(binaries.PgCtl, ["-D", dataDirectory, "status"]), cancellationToken, throwOnError: false);
        if (status.ExitCode != 0)
        {
            return null;
        }

        // postmaster.pid: line 4 is the port the running server listens on.
        var lines = await File.ReadAllLinesAsync(pidFile, cancellationToken);
        return lines.Length > 3 && int.TryParse(lines[3], CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task<ProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunProcessAsync(WrapCommand(program), WrapArguments(program, arguments), cancellationToken);

    private static string WrapCommand(string program) => RunningAsRoot ? "runuser" : program;

    private static IReadOnlyList<string> WrapArguments(string program, IReadOnlyList<string> arguments) =>
        RunningAsRoot ? ["-u", "postgres", "--", program, .. arguments] : arguments;

    private static async Task<ProcessResult> RunProcessAsync(
        string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // A folder every user can enter, so `runuser` does not complain about the current one.
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new LocalPostgresException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var result = new ProcessResult(process.ExitCode, await output + await error);
        if (throwOnError && result.ExitCode != 0)
        {
            throw new LocalPostgresException(
                $"`{program} {string.Join(' ', arguments)}` failed with exit code {result.ExitCode}:{Environment.NewLine}{result.Output}");
        }

        return result;
    }

    private sealed record ProcessResult(int ExitCode, string Output);
}

public sealed class LocalPostgresException : Exception
{
    public LocalPostgresException()
    {
    }

    public LocalPostgresException(string message) : base(message)
    {
    }

    public LocalPostgresException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
