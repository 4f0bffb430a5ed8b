using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Newsletter;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Newsletter;

/// <summary>The newsletter's own mail: the confirmation link, with the way out already in it.</summary>
public sealed class NewsletterEmails(IClubEmailSender sender, IClubLinks links, EmailTokens tokens, IStringLocalizer<Common.Accounts.EmailTexts> text)
{
    public Task SendConfirmationAsync(NewsletterSubscriber subscriber, CancellationToken cancellationToken) =>
        SendAsync(
            subscriber,
            text["Conferma la tua iscrizione agli aggiornamenti"],
            text["Conferma che vuoi ricevere gli aggiornamenti del Club dei media sociali aprendo questo collegamento:"],
            text["Conferma l'iscrizione"],
            links.Absolute(new Target(TargetKind.NewsletterConfirm, tokens.Create(EmailTokens.NewsletterConfirm, subscriber.Id, EmailTokens.ConfirmLifetime))),
            text["Se non sei stato tu, ignora questo messaggio: senza conferma non ti scriveremo più."],
            cancellationToken);

    /// <summary>Someone asked to subscribe an address that already receives the updates: its owner is told, with the way out.</summary>
    public Task SendAlreadySubscribedAsync(NewsletterSubscriber subscriber, CancellationToken cancellationToken) =>
        SendAsync(
            subscriber,
            text["Ricevi già gli aggiornamenti del Club"],
            text["Qualcuno (forse tu) ha chiesto di iscrivere questo indirizzo agli aggiornamenti del Club dei media sociali, che già li riceve. Non serve fare nulla; se vuoi smettere, usa questo collegamento:"],
            text["Non ricevere più gli aggiornamenti"],
            UnsubscribeLink(subscriber.Id),
            text["La tua iscrizione non è cambiata."],
            cancellationToken);

    private Task SendAsync(
        NewsletterSubscriber subscriber, LocalizedString subject, LocalizedString intro, LocalizedString button, string link, LocalizedString closing, CancellationToken cancellationToken) =>
        sender.SendAsync(ReaderCulture.Run(Languages.FromCode(subscriber.Culture), () =>
        {
            var unsubscribe = UnsubscribeLink(subscriber.Id);
            var (textBody, htmlBody) = new ClubMail(text["Club dei media sociali"], text["Se il pulsante non funziona, copia questo indirizzo nel browser:"])
                .Paragraph(text[intro.Name])
                .Button(text[button.Name], link)
                .Paragraph(text[closing.Name])
                .Footer(text["Ricevi questa email perché questo indirizzo è stato indicato per gli aggiornamenti del Club dei media sociali."],
                    (text["Non ricevere più gli aggiornamenti"], unsubscribe))
                .Bodies();
            return new EmailMessage(subscriber.Email, text[subject.Name], textBody, htmlBody)
            {
                Headers = UnsubscribeHeaders(unsubscribe),
            };
        }),
        cancellationToken);

    public string UnsubscribeLink(Guid subscriberId) =>
        links.Absolute(new Target(TargetKind.NewsletterUnsubscribe, tokens.Create(EmailTokens.NewsletterUnsubscribe, subscriberId, EmailTokens.UnsubscribeLifetime)));

    /// <summary>The headers mail clients turn into an "unsubscribe" button that works with one click (RFC 8058).</summary>
    public static IReadOnlyDictionary<string, string> UnsubscribeHeaders(string link) => new Dictionary<string, string>
    {
        ["List-Unsubscribe"] = $"<{link}>",
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
    };
}
