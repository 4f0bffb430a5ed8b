using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Features.Newsletter;
using ClubMediaSociali.Application.Features.Notifications;
using ClubMediaSociali.Web.Features.Notifications;
using ClubMediaSociali.Web.Infrastructure.Links;
using Mediator;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Infrastructure.Jobs;

/// <summary>
/// Every hour, sends the daily or weekly digest to the members who are due one and consented to it, only when
/// there is something to say. Each digest carries a one-click unsubscribe link (signed token) and the
/// List-Unsubscribe headers. A member is marked done after their mail, so a run that stops halfway resumes.
/// </summary>
public sealed class DigestJob(
    IMediator mediator, IClubEmailSender sender, ISiteAddress site, EmailTokens tokens, IStringLocalizer<SharedResource> text, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        var now = clock.GetUtcNow();
        IReadOnlyList<Guid> due;
        do
        {
            due = await mediator.Send(new GetDueDigests(now), cancellationToken);
            foreach (var memberId in due)
            {
                var digest = await mediator.Send(new GetDigest(memberId, now), cancellationToken);
                if (digest is { HasNews: true })
                {
                    await sender.SendAsync(Compose(digest), cancellationToken);
                    sent++;
                }

                await mediator.Send(new MarkDigestDone(memberId, now), cancellationToken);
            }
        }
        while (due.Count == GetDueDigests.Batch);

        return sent;
    }

    public EmailMessage Compose(Digest digest) => Application.Common.ReaderCulture.Run(digest.Language, () =>
    {
        var unsubscribe = site.Absolute($"/riepilogo/disiscriviti?t={Uri.EscapeDataString(tokens.Create(EmailTokens.DigestUnsubscribe, digest.MemberId, EmailTokens.UnsubscribeLifetime))}");
        var mail = new ClubMail(text["Club dei media sociali"], text["Se il pulsante non funziona, copia questo indirizzo nel browser:"]).Paragraph(text["Ciao {0}, ecco cosa è successo nel Club dal {1}.", digest.DisplayName, digest.Since.ToString("d MMMM", System.Globalization.CultureInfo.CurrentCulture)]);
        Section(mail, text["Idee in crescita"], digest.RisingIdeas);
        Section(mail, text["Nuove pratiche per il tuo ruolo"], digest.NewPractices);
        if (digest.Opportunities.Count > 0)
        {
            // Mail clients do not all read WebP: the logo's PNG, at its absolute address.
            mail.Heading(text["Opportunità per te"]).PictureLinks(digest.Opportunities.Select(
                o => (o.Title, site.Absolute(o.Target), o.Picture is null ? null : site.Absolute($"/media/{o.Picture}/400.png"))).ToList());
        }

        if (digest.EventsForYou.Count > 0)
        {
            mail.Heading(text["Eventi per te"]).Links(digest.EventsForYou.Select(e =>
                ($"{e.Title} · {Features.Events.EventTexts.When(text, e.StartsAt, e.EndsAt, e.TimeZone, digest.TimeZone)}", site.Absolute($"/eventi/{e.Id}"))));
        }

        if (digest.UnreadNotifications > 0)
        {
            mail.Heading(text["Le tue notifiche: {0} da leggere", digest.UnreadNotifications])
                .Links(digest.Notifications.Select(n => (NotificationTexts.Describe(text, n.Kind, n.Subject, n.State), site.Absolute(n.Target))));
        }

        mail.Button(text["Apri il Club"], site.Absolute("/"))
            .Footer(
                digest.Frequency == DigestFrequency.Daily
                    ? text["Ricevi questo riepilogo ogni giorno perché l'hai scelto tu."]
                    : text["Ricevi questo riepilogo ogni settimana perché l'hai scelto tu."],
                (text["Non riceverlo più"], unsubscribe),
                (text["Cambia frequenza o preferenze"], site.Absolute("/notifiche/preferenze")));
        var (body, html) = mail.Bodies();
        var count = digest.RisingIdeas.Count + digest.NewPractices.Count + digest.Opportunities.Count + digest.UnreadNotifications;
        return new EmailMessage(digest.Email, text["Il tuo riepilogo del Club: {0} novità", count], body, html)
        {
            Headers = NewsletterEmails.UnsubscribeHeaders(unsubscribe),
        };
    });

    private void Section(ClubMail mail, string title, IReadOnlyList<DigestLink> links)
    {
        if (links.Count > 0)
        {
            mail.Heading(title).Links(links.Select(l => (l.Title, site.Absolute(l.Target))));
        }
    }
}
