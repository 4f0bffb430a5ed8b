using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Data;

/// <summary>
/// For bulk inserts into empty tables: drops the tables' secondary indexes and foreign keys, and
/// creates them again from their own catalog definitions once the rows are in. Building an index once
/// over sorted rows, and checking a foreign key with one join, is many times faster than maintaining
/// them row by row. Primary keys and unique constraints stay, since other tables may point at them.
/// Inside a transaction a failure leaves the tables as they were, since PostgreSQL's DDL is transactional.
/// </summary>
public sealed class DeferredIndexes
{
    private readonly ClubDbContext _db;
    private readonly IReadOnlyList<Definition> _definitions;

    private DeferredIndexes(ClubDbContext db, IReadOnlyList<Definition> definitions) => (_db, _definitions) = (db, definitions);

    public static async Task<DeferredIndexes> DropAsync(ClubDbContext db, IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        var definitions = new List<Definition>();
        foreach (var table in tables)
        {
            definitions.AddRange(await DefinitionsAsync(db, table, cancellationToken));
        }

        foreach (var definition in definitions)
        {
            await db.Database.ExecuteSqlRawAsync(definition.DropStatement, cancellationToken);
        }

        return new DeferredIndexes(db, definitions);
    }

    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        foreach (var definition in _definitions)
        {
            await _db.Database.ExecuteSqlRawAsync(definition.CreateStatement, cancellationToken);
        }
    }

    private static Task<List<Definition>> DefinitionsAsync(ClubDbContext db, string table, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Definition>($"""
            SELECT format('DROP INDEX %I', i.relname) AS drop_statement, pg_get_indexdef(x.indexrelid) AS create_statement
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
            WHERE x.indrelid = {table}::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = x.indrelid AND c.conindid = x.indexrelid)
            UNION ALL
            SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', {table}, conname),
                   format('ALTER TABLE %I ADD CONSTRAINT %I %s', {table}, conname, pg_get_constraintdef(oid))
            FROM pg_constraint WHERE conrelid = {table}::regclass AND contype = 'f'
            """).ToListAsync(cancellationToken);

    private sealed record Definition(string DropStatement, string CreateStatement);
}
