namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>A file from a form, read whole: its request was bounded by the action's <see cref="UploadLimitAttribute"/>.</summary>
public static class UploadedFiles
{
    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
