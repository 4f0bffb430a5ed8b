using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tools.Baseline;

/// <summary>
/// The benchmarks' baseline: the classic "fortunes" page (a dozen rows read, one added, sorted and rendered),
/// which measures what the machine, the database driver and the Club's page pipeline cost before any feature does.
/// </summary>
public sealed class Fortune
{
    public int Id { get; init; }

    public required string Message { get; init; }
}

/// <summary>The baseline's own context, on the tools' schema <c>bench</c>: the Club's schema has no bench table.</summary>
public sealed class FortunesDbContext(DbContextOptions<FortunesDbContext> options) : DbContext(options)
{
    public DbSet<Fortune> Fortunes => Set<Fortune>();

    /// <summary>Twelve sayings of our own; one carries markup, to show the page escapes what it prints.</summary>
    private static readonly string[] Sayings =
    [
        "Chi pubblica ogni giorno senza ascoltare, parla da solo.",
        "Un buon piano editoriale si scrive a matita.",
        "<script>alert('un commento che vuole troppo')</script>",
        "La community migliore è quella che risponde prima di te.",
        "Ogni crisi sui social comincia con un messaggio ignorato.",
        "Il dato più utile è quello che qualcuno legge davvero.",
        "Meglio tre canali curati che dieci abbandonati.",
        "Un marchio si riconosce anche da come chiede scusa.",
        "Le idee migliori arrivano dai commenti che non volevi leggere.",
        "Chi misura tutto non ha tempo per capire niente.",
        "Una fotografia onesta vale più di cento filtri.",
        "Àncora, perché e città: anche gli accenti vanno serviti bene.",
    ];

    /// <summary>The one compiled, no-tracking query the baseline page runs.</summary>
    private static readonly Func<FortunesDbContext, IAsyncEnumerable<Fortune>> All =
        EF.CompileAsyncQuery((FortunesDbContext db) => db.Fortunes.AsNoTracking());

    /// <summary>The stored fortunes plus one made at request time, sorted by message.</summary>
    public async Task<List<Fortune>> ReadAsync(CancellationToken cancellationToken)
    {
        var fortunes = new List<Fortune>(16);
        await foreach (var fortune in All(this).WithCancellation(cancellationToken))
        {
            fortunes.Add(fortune);
        }

        fortunes.Add(new Fortune { Id = 0, Message = "Aggiunta durante la richiesta: il Club misura se stesso." });
        fortunes.Sort((a, b) => string.CompareOrdinal(a.Message, b.Message));
        return fortunes;
    }

    /// <summary>Creates the table and its rows where they are missing.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await Database.ExecuteSqlRawAsync(
            "CREATE SCHEMA IF NOT EXISTS bench; CREATE TABLE IF NOT EXISTS bench.fortunes (id integer PRIMARY KEY, message varchar(2048) NOT NULL)",
            cancellationToken);
        for (var i = 0; i < Sayings.Length; i++)
        {
            await Database.ExecuteSqlAsync($"INSERT INTO bench.fortunes (id, message) VALUES ({i + 1}, {Sayings[i]}) ON CONFLICT DO NOTHING", cancellationToken);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var fortune = modelBuilder.Entity<Fortune>();
        fortune.ToTable("fortunes", "bench");
        fortune.Property(f => f.Id).HasColumnName("id").ValueGeneratedNever();
        fortune.Property(f => f.Message).HasColumnName("message").HasMaxLength(2048);
    }
}
