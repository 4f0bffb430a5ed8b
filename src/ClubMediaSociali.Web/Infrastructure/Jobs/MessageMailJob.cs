using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Features.Conversations;
using ClubMediaSociali.Application.Features.Newsletter;
using ClubMediaSociali.Web.Infrastructure.Links;
using Mediator;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Infrastructure.Jobs;

/// <summary>
/// Every minute, mails members the messages that have waited unread for 15 minutes: one mail per conversation with
/// what is waiting there, taken (and marked mailed) right before it goes, so a message read meanwhile is not mailed
/// and none is mailed twice. Each mail has a one-click "no more mail for this conversation".
/// </summary>
public sealed class MessageMailJob(
    IMediator mediator, IClubEmailSender sender, ISiteAddress site, EmailTokens tokens, IStringLocalizer<SharedResource> text, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (await mediator.Send(new TakeDueMessageMails(clock.GetUtcNow()), cancellationToken) is { Count: > 0 } mails)
        {
            foreach (var mail in mails)
            {
                await sender.SendAsync(Compose(mail), cancellationToken);
                sent++;
            }
        }

        return sent;
    }

    /// <summary>The signed link of a mail's "no more mail for this conversation", for that member only.</summary>
    public static string StopPath(EmailTokens tokens, Guid conversationId, Guid memberId) =>
        $"/messaggi/{conversationId}/niente-email?m={memberId}&t={Uri.EscapeDataString(tokens.Create(StopPurpose(memberId), conversationId, EmailTokens.UnsubscribeLifetime))}";

    public static string StopPurpose(Guid memberId) => $"{EmailTokens.ConversationMailStop}.{memberId:N}";

    public EmailMessage Compose(MessageMail mail) => Application.Common.ReaderCulture.Run(mail.Language, () =>
    {
        var stop = site.Absolute(StopPath(tokens, mail.ConversationId, mail.MemberId));
        var from = mail.IsGroup ? mail.Title ?? text["un gruppo"] : mail.Messages[^1].AuthorName ?? text["Ex membro"];
        var message = new ClubMail(text["Club dei media sociali"], text["Se il pulsante non funziona, copia questo indirizzo nel browser:"])
            .Paragraph(mail.Waiting == 1
                ? text["Ciao {0}, hai un messaggio da leggere da {1}:", mail.DisplayName, from]
                : text["Ciao {0}, hai {1} messaggi da leggere da {2}:", mail.DisplayName, mail.Waiting, from]);
        foreach (var quoted in mail.Messages)
        {
            // Files are not in the mail (only the conversation's people read them): it says how many wait there.
            var files = quoted.Files switch { 0 => "", 1 => text["(1 file allegato)"], _ => text["({0} file allegati)", quoted.Files] };
            var said = quoted.Text.Length > 0 ? $"«{quoted.Text}»" : "";
            message.Paragraph($"{quoted.AuthorName ?? text["Ex membro"]}: {string.Join(' ', new[] { said, files.ToString() }.Where(p => p.Length > 0))}");
        }

        if (mail.Waiting > mail.Messages.Count)
        {
            message.Paragraph(text["…e altri {0} prima di questi.", mail.Waiting - mail.Messages.Count]);
        }

        message.Button(text["Leggi e rispondi"], site.Absolute($"/messaggi/{mail.ConversationId}#ultimo"))
            .Footer(
                text["Ricevi questa email perché un messaggio per te è rimasto da leggere per 15 minuti. Chi scrive non sa se l'hai letta."],
                (text["Nessuna email per questa conversazione"], stop),
                (text["Scegli cosa ricevere per email"], site.Absolute("/notifiche/preferenze")));
        var (body, html) = message.Bodies();
        var subject = mail.IsGroup ? text["Nuovi messaggi in «{0}»", from].Value : text["{0} ti ha scritto nel Club", from].Value;
        return new EmailMessage(mail.Email, subject, body, html) { Headers = NewsletterEmails.UnsubscribeHeaders(stop) };
    });
}
