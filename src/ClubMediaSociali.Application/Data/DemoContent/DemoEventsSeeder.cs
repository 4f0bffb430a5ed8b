using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>
/// Events across regions: the Club's, the demo organisations' and an expert's; one online, one full with people
/// waiting, two already held. Registrations are written with the counts and numbers the seats would give them.
/// </summary>
public sealed class DemoEventsSeeder(ClubDbContext db, MarkdownRenderer markdown, TimeProvider clock)
{
    private sealed record Demo(
        string Title, EventKind Kind, string? Company, int DaysFromNow, int Hour, int Hours, string? City, ItalianRegion? Region, string? Venue,
        int? Capacity, int Registered, int Waiting, string Description, string[] Tags, string? Speaker = null);

    private static readonly Demo[] All =
    [
        new("Aperitivo del Club a Milano", EventKind.Networking, null, 10, 18, 3, "Milano", ItalianRegion.Lombardia, "Terrazza Triennale",
            40, 6, 0, "Un'ora e mezza per conoscersi di persona: aziende, agenzie e professionisti del Club. **Porta un biglietto da visita** e una domanda.",
            ["networking"]),
        new("Pagine professionali: che cosa funziona davvero", EventKind.Webinar, "agora-social", 5, 11, 1, null, null, null,
            null, 4, 0, "Un'ora con il team di Agorà Social: esempi di pagine di negozi e associazioni, i numeri che contano, le domande dei partecipanti.",
            ["pagine aziendali", "comunità"], "paolo-costa"),
        new("Workshop: il piano editoriale in una mattina", EventKind.Workshop, "consorzio-marche-digitali", 14, 9, 4, "Ancona", ItalianRegion.Marche, "Sportello digitale del Consorzio",
            3, 3, 2, "Pochi posti, molto lavoro: ciascuno esce con il piano editoriale dei prossimi tre mesi della propria impresa.",
            ["piano editoriale"], "valentina-bruno"),
        new("Lo stand del turismo toscano in fiera", EventKind.Fair, "studio-ricci-comunicazione", 25, 10, 8, "Milano", ItalianRegion.Lombardia, "Fiera Milano City",
            null, 2, 0, "Passate a trovarci allo stand: mostriamo i racconti di cantine e musei che abbiamo curato quest'anno.",
            ["turismo", "storytelling"]),
        new("Dati social e ricerca: incontro con l'Ateneo", EventKind.Meetup, "ateneo-adriatico-della-comunicazione", -20, 17, 2, "Bari", ItalianRegion.Puglia, "Aula Magna",
            80, 7, 0, "Ricercatori e aziende a confronto su che cosa si può imparare dai dati pubblici dei social, e come.",
            ["analisi dei dati"], "alessandro-greco"),
        new("Incontro del Club a Roma", EventKind.Meetup, null, -45, 18, 2, "Roma", ItalianRegion.Lazio, "Spazio Ostiense",
            50, 9, 0, "Il primo incontro romano del Club: tre storie di piccole imprese raccontate da chi le ha vissute.",
            ["storie"]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var titles = All.Select(d => d.Title).ToList();
        var existing = await db.Events.Where(e => titles.Contains(e.Title)).Select(e => e.Title).ToListAsync(cancellationToken);
        var companies = await db.Companies.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var members = await DemoSeeding.MembersByHandleAsync(db, cancellationToken);
        var people = members.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Value).ToList();
        var staff = await db.Users.Where(m => m.Email == DemoContentSeeder.StaffAccounts[1].Email).Select(m => (Guid?)m.Id).SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = ItalianCalendar.Today(clock);
        foreach (var demo in All.Where(d => !existing.Contains(d.Title)))
        {
            var day = today.AddDays(demo.DaysFromNow).ToDateTime(new TimeOnly(demo.Hour, 0));
            var starts = EventTimes.ToInstant(day, Event.DefaultTimeZone) ?? now;
            var companyId = demo.Company is { } slug && companies.TryGetValue(slug, out var id) ? id : (Guid?)null;
            var speaker = demo.Speaker is { } handle && members.TryGetValue(handle, out var speakerId) ? speakerId : (Guid?)null;
            var e = new Event
            {
                Title = demo.Title,
                Kind = demo.Kind,
                OrganizedBy = companyId is null ? EventOrganizer.Club : EventOrganizer.Company,
                CompanyId = companyId,
                CreatedById = speaker ?? staff,
                DescriptionMarkdown = demo.Description,
                DescriptionHtml = markdown.ToSafeHtml(demo.Description),
                StartsAt = starts,
                EndsAt = starts.AddHours(demo.Hours),
                Online = demo.City is null,
                OnlineUrl = demo.City is null ? "https://incontri.example/club-pagine-professionali" : null,
                Venue = demo.Venue,
                City = demo.City,
                Region = demo.Region,
                Capacity = demo.Capacity,
                Tags = demo.Tags,
                SpeakerIds = speaker is { } s ? [s] : [],
                CreatedAt = now.AddDays(-30),
                UpdatedAt = now.AddDays(-30),
            };
            db.Events.Add(e);
            // The first registered are seated, the rest wait, in the order of their numbers.
            foreach (var (member, index) in people.Where(p => p != speaker).Take(demo.Registered + demo.Waiting).Select((p, i) => (p, i)))
            {
                db.EventRegistrations.Add(new EventRegistration
                {
                    EventId = e.Id,
                    MemberId = member,
                    Number = index + 1,
                    Status = index < demo.Registered ? RegistrationStatus.Registered : RegistrationStatus.Waiting,
                    ShowMe = index % 2 == 0,
                    RegisteredAt = e.CreatedAt.AddDays(index % 20),
                    CheckedInAt = demo.DaysFromNow < 0 && index < demo.Registered ? e.StartsAt : null,
                });
            }

            var taken = Math.Min(people.Count(p => p != speaker), demo.Registered + demo.Waiting);
            e.RegisteredCount = Math.Min(taken, demo.Registered);
            e.WaitingCount = taken - e.RegisteredCount;
            e.LastNumber = taken;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
