using System.Text.RegularExpressions;
using ClubMediaSociali.Application.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ClubMediaSociali.Tools.LargeData;

/// <summary>
/// Writes entities with PostgreSQL's binary COPY, reading table, columns, types and value
/// converters from the EF Core model so that rows look exactly as if EF had saved them. Generated
/// columns (such as search vectors) are left to the database.
/// </summary>
public static partial class BulkCopy
{
    public static async Task<ulong> WriteAsync<T>(ClubDbContext db, NpgsqlConnection connection, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.GetComputedColumnSql(table) is null && !p.IsShadowProperty() && p.GetColumnName(table) != "xmin")
            .Select(p => new Column(p, p.GetColumnName(table)!, StoreTypeName(p.GetColumnType(table)), p.GetTypeMapping().Converter))
            .ToList();
        var columnList = string.Join(", ", columns.Select(c => Quote(c.Name)));
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {Quote(table.Name)} ({columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Generated columns and indexes are computed as rows arrive: big tables need more than the default 30 s.
        importer.Timeout = TimeSpan.FromMinutes(10);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                var value = column.Property.GetGetter().GetClrValueUsingContainingEntity(row);
                if (value is not null && column.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, column.StoreType, cancellationToken);
                }
            }
        }

        return await importer.CompleteAsync(cancellationToken);
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>"character varying(160)" → "character varying": COPY wants the type, not its length.</summary>
    private static string StoreTypeName(string columnType) => Facets().Replace(columnType, "");

    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)")]
    private static partial Regex Facets();

    private sealed record Column(IProperty Property, string Name, string StoreType, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter);
}
