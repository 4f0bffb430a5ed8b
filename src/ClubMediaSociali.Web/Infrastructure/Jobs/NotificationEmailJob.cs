using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Features.Notifications;
using ClubMediaSociali.Web.Features.Notifications;
using ClubMediaSociali.Web.Infrastructure.Links;
using Mediator;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Infrastructure.Jobs;

/// <summary>
/// Every few minutes, mails members the notifications of the categories they want by email: one message
/// per member with everything new, in their language. Every notification looked at is then marked, sent or not.
/// </summary>
public sealed class NotificationEmailJob(
    IMediator mediator, IClubEmailSender sender, ISiteAddress site, IStringLocalizer<SharedResource> text, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            var pending = await mediator.Send(new GetPendingNotificationEmails(), cancellationToken);
            if (pending.Checked.Count == 0)
            {
                return sent;
            }

            foreach (var recipient in pending.Recipients)
            {
                await sender.SendAsync(Compose(recipient), cancellationToken);
                sent++;
            }

            await mediator.Send(new MarkNotificationsEmailChecked(pending.Checked, clock.GetUtcNow()), cancellationToken);
        }
    }

    private EmailMessage Compose(EmailRecipient recipient) => Application.Common.ReaderCulture.Run(recipient.Language, () =>
    {
        var mail = new ClubMail(text["Club dei media sociali"], text["Se il pulsante non funziona, copia questo indirizzo nel browser:"])
            .Paragraph(text["Ciao {0}, ecco le novità del Club che hai chiesto di ricevere per email.", recipient.DisplayName])
            // The face of who asked or commented, as a JPEG at its absolute address: not every mail client reads WebP.
            .PictureLinks(
                recipient.Notifications.Select(n => (
                    NotificationTexts.Describe(text, n.Kind, n.Subject, n.State), site.Absolute(n.Target),
                    n.ActorPhoto is null ? null : site.Absolute($"/media/{n.ActorPhoto}/400.jpg"))).ToList(),
                faces: true)
            .Button(text["Apri le notifiche"], site.Absolute("/notifiche"))
            .Footer(text["Ricevi questa email perché hai scelto di ricevere per posta alcune notifiche del Club."],
                (text["Scegli cosa ricevere per email"], site.Absolute("/notifiche/preferenze")));
        var (body, html) = mail.Bodies();
        var subject = recipient.Notifications.Count == 1
            ? NotificationTexts.Describe(text, recipient.Notifications[0].Kind, recipient.Notifications[0].Subject, recipient.Notifications[0].State)
            : text["{0} novità nel Club dei media sociali", recipient.Notifications.Count].Value;
        return new EmailMessage(recipient.Email, subject, body, html);
    });
}
