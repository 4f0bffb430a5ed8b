using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Web.Features.Events;
using ClubMediaSociali.Web.Infrastructure.Links;
using Mediator;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Infrastructure.Jobs;

/// <summary>
/// Every minute, reminds the registered of their events: a day before and an hour before, each once (taken and
/// marked before the mail goes), in the member's language and time zone, with the online link or the address.
/// </summary>
public sealed class EventReminderJob(IMediator mediator, IClubEmailSender sender, ISiteAddress site, IStringLocalizer<SharedResource> text, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (await mediator.Send(new TakeDueEventReminders(clock.GetUtcNow()), cancellationToken) is { Count: > 0 } reminders)
        {
            foreach (var reminder in reminders)
            {
                await sender.SendAsync(Compose(reminder), cancellationToken);
                sent++;
            }
        }

        return sent;
    }

    public EmailMessage Compose(EventReminder reminder) => Application.Common.ReaderCulture.Run(reminder.Language, () =>
    {
        var page = site.Absolute($"/eventi/{reminder.EventId}");
        var when = EventTexts.When(text, reminder.StartsAt, reminder.EndsAt, reminder.EventTimeZone, reminder.MemberTimeZone);
        var message = new ClubMail(text["Club dei media sociali"], text["Se il pulsante non funziona, copia questo indirizzo nel browser:"])
            .Paragraph(reminder.Kind == ReminderKind.Hour
                ? text["Ciao {0}, tra un'ora inizia «{1}», a cui sei iscritto.", reminder.DisplayName, reminder.Title]
                : text["Ciao {0}, ti ricordiamo «{1}», a cui sei iscritto.", reminder.DisplayName, reminder.Title])
            .Paragraph(text["Quando: {0}", when]);
        if (reminder.Online)
        {
            message.Paragraph(reminder.OnlineUrl is { } url ? text["Collegamento per partecipare: {0}", url] : text["Online: il collegamento è nella pagina dell'evento."]);
        }
        else if (!string.IsNullOrEmpty(reminder.Place))
        {
            message.Paragraph(text["Dove: {0}", reminder.Place]);
        }

        message.Button(text["Vedi l'evento"], page)
            .Footer(
                text["Ricevi questo promemoria perché sei iscritto. Se non puoi più venire, annulla l'iscrizione dalla pagina dell'evento: il tuo posto va a chi aspetta."],
                (text["Scegli cosa ricevere per email"], site.Absolute("/notifiche/preferenze")));
        var (body, html) = message.Bodies();
        var subject = reminder.Kind == ReminderKind.Hour
            ? text["Tra un'ora: «{0}»", reminder.Title].Value
            : text["Promemoria: «{0}», {1}", reminder.Title, when].Value;
        return new EmailMessage(reminder.Email, subject, body, html);
    });
}
