using System.IO.Compression;
using System.Text.Json;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>The member's data export as downloaded: a zip holding dati.json and the member's files.</summary>
public sealed class DataExport : IDisposable
{
    private DataExport(JsonDocument data, IReadOnlyDictionary<string, byte[]> files) => (Data, Files) = (data, files);

    public JsonDocument Data { get; }

    public JsonElement Root => Data.RootElement;

    /// <summary>The files beside the data, by their path in the archive.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public static async Task<DataExport> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        JsonDocument? data = null;
        var files = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            if (entry.FullName == "dati.json")
            {
                data = JsonDocument.Parse(copy.ToArray());
            }
            else
            {
                files[entry.FullName] = copy.ToArray();
            }
        }

        return new DataExport(data ?? throw new InvalidOperationException("The export holds no dati.json."), files);
    }

    public void Dispose() => Data.Dispose();
}
