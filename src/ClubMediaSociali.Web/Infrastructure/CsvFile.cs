using System.Text;

namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>
/// A table as a CSV file for a spreadsheet: UTF-8 with a byte order mark (so Excel reads accents), fields separated by
/// semicolons as Excel expects in Italy, quoted when needed (RFC 4180). A cell that a spreadsheet would run as a
/// formula ("=", "+", "-", "@", a tab or a return first) is written with a leading apostrophe: what members typed is
/// shown, never run.
/// </summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const char Separator = ';';

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var csv = new StringBuilder();
        Line(csv, header);
        foreach (var row in rows)
        {
            Line(csv, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(Separator);
            }

            csv.Append(Cell(cells[i] ?? ""));
        }

        csv.Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
