using ClubMediaSociali.Application.Common.Email;

namespace ClubMediaSociali.Web.Infrastructure.Email;

/// <summary>
/// Development only: writes each message as an .eml file, which the development mailbox page
/// (/dev/posta) lists, so a person running the site locally can click confirmation links.
/// </summary>
internal sealed class PickupFolderEmailSender(PickupFolder folder, ILogger<PickupFolderEmailSender> logger) : IClubEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder.Path);
        var file = System.IO.Path.Combine(folder.Path, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await MimeMessages.From(message, folder.Options).WriteToAsync(file, cancellationToken);
        logger.LogInformation("Mail {Subject} written to {File}", message.Subject, file);
    }
}

internal sealed record PickupFolder(string Path, EmailOptions Options);
