using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Newsletter;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace ClubMediaSociali.Application.Features.Editions;

/// <summary>
/// The week's draft edition, prepared from the Club's best of the last seven days with a title and an
/// introduction in both languages for a moderator to rewrite. Once a week: on Monday morning by the job,
/// or sooner from the moderators' page; asking again returns the week's edition unchanged.
/// </summary>
[ChangesNoPublicPage("A draft is seen by moderators only.")]
public sealed record PrepareEdition : ICommand<Guid>;

public sealed class PrepareEditionHandler(ClubDbContext db, TimeProvider clock, IStringLocalizer<Common.Accounts.EmailTexts> text) : ICommandHandler<PrepareEdition, Guid>
{
    public async ValueTask<Guid> Handle(PrepareEdition command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var week = ItalianCalendar.WeekOf(now);
        if (await db.NewsletterEditions.Where(e => e.WeekOf == week).Select(e => (Guid?)e.Id).SingleOrDefaultAsync(cancellationToken) is { } existing)
        {
            return existing;
        }

        string Title() => text["Il meglio della settimana nel Club · {0}", week.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture)];
        string Intro() => text["Ecco che cosa è successo nel Club in questi giorni: le idee che crescono, le decisioni prese insieme, le nuove pratiche del repertorio e le opportunità ancora aperte."];
        var edition = new NewsletterEdition
        {
            WeekOf = week,
            TitleIt = ReaderCulture.Run(Language.Italian, Title),
            TitleEn = ReaderCulture.Run(Language.English, Title),
            IntroIt = ReaderCulture.Run(Language.Italian, Intro),
            IntroEn = ReaderCulture.Run(Language.English, Intro),
            Items = await EditionItems.CollectAsync(db, now.AddDays(-7), cancellationToken),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.NewsletterEditions.Add(edition);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The job and a moderator at the same moment: the week's key keeps one edition.
            db.ChangeTracker.Clear();
            return await db.NewsletterEditions.Where(e => e.WeekOf == week).Select(e => e.Id).SingleAsync(cancellationToken);
        }

        return edition.Id;
    }
}
