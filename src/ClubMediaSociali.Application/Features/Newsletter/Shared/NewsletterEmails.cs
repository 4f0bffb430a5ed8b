using System.Net;
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
        sender.SendAsync(ReaderCulture.Run(Languages.FromCode(subscriber.Culture), () =>
        {
            var confirm = links.Absolute(new Target(TargetKind.NewsletterConfirm, tokens.Create(EmailTokens.NewsletterConfirm, subscriber.Id, EmailTokens.ConfirmLifetime)));
            var intro = text["Conferma che vuoi ricevere gli aggiornamenti del Club dei media sociali aprendo questo collegamento:"].Value;
            var closing = text["Se non sei stato tu, ignora questo messaggio: senza conferma non ti scriveremo più."].Value;
            var signature = text["Club dei media sociali"].Value;
            var textBody = $"{intro}\n\n{confirm}\n\n{closing}\n\n— {signature}\n";
            var htmlBody =
                $"<p>{WebUtility.HtmlEncode(intro)}</p><p><a href=\"{WebUtility.HtmlEncode(confirm)}\">{WebUtility.HtmlEncode(confirm)}</a></p>" +
                $"<p>{WebUtility.HtmlEncode(closing)}</p><p>— {WebUtility.HtmlEncode(signature)}</p>";
            return new EmailMessage(subscriber.Email, text["Conferma la tua iscrizione agli aggiornamenti"], textBody, htmlBody)
            {
                Headers = UnsubscribeHeaders(UnsubscribeLink(subscriber.Id)),
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
