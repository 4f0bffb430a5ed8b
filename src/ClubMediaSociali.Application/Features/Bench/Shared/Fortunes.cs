using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Features.Bench;

/// <summary>
/// The benchmarks' baseline: the classic "fortunes" page (a dozen rows read, one added, sorted and rendered),
/// which measures what the machine, the database driver and the page pipeline cost before any feature does.
/// Served only when <c>Bench:Enabled</c> is true.
/// </summary>
public class Fortune
{
    public int Id { get; init; }

    public required string Message { get; init; }
}

public static class Fortunes
{
    /// <summary>The one compiled, no-tracking query the baseline page runs.</summary>
    private static readonly Func<ClubDbContext, IAsyncEnumerable<Fortune>> All =
        EF.CompileAsyncQuery((ClubDbContext db) => db.Fortunes.AsNoTracking());

    /// <summary>The stored fortunes plus one made at request time, sorted by message.</summary>
    public static async Task<List<Fortune>> ReadAsync(ClubDbContext db, CancellationToken cancellationToken)
    {
        var fortunes = new List<Fortune>(16);
        await foreach (var fortune in All(db).WithCancellation(cancellationToken))
        {
            fortunes.Add(fortune);
        }

        fortunes.Add(new Fortune { Id = 0, Message = "Aggiunta durante la richiesta: il Club misura se stesso." });
        fortunes.Sort((a, b) => string.CompareOrdinal(a.Message, b.Message));
        return fortunes;
    }
}

internal sealed class FortuneConfiguration : IEntityTypeConfiguration<Fortune>
{
    public void Configure(EntityTypeBuilder<Fortune> builder)
    {
        builder.ToTable("fortunes");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Message).HasMaxLength(2048);
        // Twelve sayings of our own; one carries markup, to show the page escapes what it prints.
        builder.HasData(
            new Fortune { Id = 1, Message = "Chi pubblica ogni giorno senza ascoltare, parla da solo." },
            new Fortune { Id = 2, Message = "Un buon piano editoriale si scrive a matita." },
            new Fortune { Id = 3, Message = "<script>alert('un commento che vuole troppo')</script>" },
            new Fortune { Id = 4, Message = "La community migliore è quella che risponde prima di te." },
            new Fortune { Id = 5, Message = "Ogni crisi sui social comincia con un messaggio ignorato." },
            new Fortune { Id = 6, Message = "Il dato più utile è quello che qualcuno legge davvero." },
            new Fortune { Id = 7, Message = "Meglio tre canali curati che dieci abbandonati." },
            new Fortune { Id = 8, Message = "Un marchio si riconosce anche da come chiede scusa." },
            new Fortune { Id = 9, Message = "Le idee migliori arrivano dai commenti che non volevi leggere." },
            new Fortune { Id = 10, Message = "Chi misura tutto non ha tempo per capire niente." },
            new Fortune { Id = 11, Message = "Una fotografia onesta vale più di cento filtri." },
            new Fortune { Id = 12, Message = "Àncora, perché e città: anche gli accenti vanno serviti bene." });
    }
}
