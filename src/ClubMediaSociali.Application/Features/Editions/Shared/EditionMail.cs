using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Newsletter;
using ClubMediaSociali.Application.Features.Newsletter;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Editions;

/// <summary>
/// An edition as a subscriber receives it, in their language: the moderator's introduction, the week's links by
/// section, the way to the Club, and a footer with the one-click way out (also in the List-Unsubscribe headers)
/// and the edition's page in the archive.
/// </summary>
public sealed class EditionMail(IClubLinks links, NewsletterEmails newsletter, IStringLocalizer<Common.Accounts.EmailTexts> text)
{
    public EmailMessage Compose(NewsletterEdition edition, Language language, string to, Guid? subscriberId, bool test = false) =>
        ReaderCulture.Run(language, () =>
        {
            var english = language == Language.English;
            var mail = new ClubMail(text["Club dei media sociali"], text["Se il pulsante non funziona, copia questo indirizzo nel browser:"]);
            if (test)
            {
                mail.Paragraph(text["Questa è una prova: gli iscritti non l'hanno ricevuta."]);
            }

            mail.Heading(english ? edition.TitleEn : edition.TitleIt);
            foreach (var paragraph in Paragraphs(english ? edition.IntroEn : edition.IntroIt))
            {
                mail.Paragraph(paragraph);
            }

            foreach (var section in edition.Items.GroupBy(i => i.Section).OrderBy(g => g.Key))
            {
                mail.Heading(SectionTitle(section.Key))
                    .Links(section.Select(i => (i.State is { } state ? $"{i.Title}: {DecisionText((IdeaStatus)state)}" : i.Title, links.Absolute(i.Target))));
            }

            mail.Button(text["Apri il Club"], links.Absolute(Target.Home));
            // A test goes to a moderator, who is not a subscriber: its way out leads nowhere harmful.
            var unsubscribe = newsletter.UnsubscribeLink(subscriberId ?? Guid.Empty);
            var ways = new List<(string, string)> { (text["Non ricevere più gli aggiornamenti"], unsubscribe) };
            if (edition.Number is { } number)
            {
                ways.Add((text["Leggi questa edizione sul sito"], links.Absolute(Target.NewsletterEdition(number))));
            }

            mail.Footer(text["Ricevi questa email perché ti sei iscritto agli aggiornamenti settimanali del Club dei media sociali."], [.. ways]);
            var (textBody, htmlBody) = mail.Bodies();
            var subject = english ? edition.TitleEn : edition.TitleIt;
            return new EmailMessage(to, test ? $"[{text["Prova"]}] {subject}" : subject, textBody, htmlBody)
            {
                Headers = NewsletterEmails.UnsubscribeHeaders(unsubscribe),
            };
        });

    public string SectionTitle(EditionSection section) => section switch
    {
        EditionSection.RisingIdeas => text["Idee in crescita"],
        EditionSection.Decisions => text["Decisioni del Club"],
        EditionSection.NewPractices => text["Nuove pratiche nel repertorio"],
        _ => text["Opportunità aperte"],
    };

    public string DecisionText(IdeaStatus status) => status switch
    {
        IdeaStatus.Selected => text["scelta dal Club"],
        IdeaStatus.InProgress => text["in corso"],
        IdeaStatus.Realised => text["realizzata"],
        IdeaStatus.Declined => text["non accolta"],
        IdeaStatus.Duplicate => text["unita a un'altra idea"],
        _ => text["in discussione"],
    };

    /// <summary>An introduction's paragraphs, as the moderator separated them with an empty line.</summary>
    public static IEnumerable<string> Paragraphs(string intro) =>
        intro.Replace("\r", "", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
