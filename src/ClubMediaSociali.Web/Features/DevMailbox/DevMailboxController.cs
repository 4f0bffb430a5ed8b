using ClubMediaSociali.Web.Infrastructure.Email;
using ClubMediaSociali.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MimeKit;

namespace ClubMediaSociali.Web.Features.DevMailbox;

/// <summary>
/// Development only: the mail the site "sent" to the pickup folder, so confirmation and reset
/// links can be followed without a mail server. Answers 404 in every other environment.
/// </summary>
[AllowAnonymous]
[Route("dev/posta")]
public sealed class DevMailboxController(IWebHostEnvironment environment, IServiceProvider services) : ClubController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (Folder() is not { } folder)
        {
            return NotFound();
        }

        var messages = new List<DevMailSummary>();
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").OrderDescending().Take(50) : [])
        {
            var message = await MimeMessage.LoadAsync(file, cancellationToken);
            messages.Add(new DevMailSummary(Path.GetFileNameWithoutExtension(file), message.To.ToString(), message.Subject ?? "", message.Date));
        }

        return View(messages);
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken cancellationToken)
    {
        var file = Folder() is { } folder ? Path.Combine(folder, Path.GetFileName(id) + ".eml") : null;
        if (file is null || !System.IO.File.Exists(file))
        {
            return NotFound();
        }

        var message = await MimeMessage.LoadAsync(file, cancellationToken);
        return View(new DevMail(message.To.ToString(), message.Subject ?? "", message.Date, message.TextBody ?? ""));
    }

    private string? Folder() =>
        environment.IsDevelopment() && services.GetService<PickupFolder>() is { } pickup ? pickup.Path : null;
}

public sealed record DevMailSummary(string Id, string To, string Subject, DateTimeOffset Date);

public sealed record DevMail(string To, string Subject, DateTimeOffset Date, string TextBody);
