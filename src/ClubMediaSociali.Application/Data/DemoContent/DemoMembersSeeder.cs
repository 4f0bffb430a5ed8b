using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>The demo members, drawn from the professions the Club brings to one table, and the staff accounts.</summary>
public sealed class DemoMembersSeeder(ClubDbContext db, UserManager<Member> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock, ILogger<DemoMembersSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedMembersAsync(cancellationToken);
        await SeedStaffAsync();
    }

    // Members drawn from the professions the Club brings to one table. Role ids come from ProfessionalRoleCatalog.
    private static readonly DemoMember[] DemoMembers =
    [
        new("giulia.ferrari", "Giulia Ferrari", 7, "Community manager per marchi della moda", ItalianRegion.Lombardia, "Milano",
            ["gestione community", "moderazione", "instagram"], ["piani editoriali", "formazione"]),
        new("marco.bianchi", "Marco Bianchi", 1, "Responsabile marketing in una PMI alimentare", ItalianRegion.EmiliaRomagna, "Parma",
            ["marketing", "export"], ["social media manager", "consulenza"]),
        new("chiara.romano", "Chiara Romano", 3, "Relazioni pubbliche e ufficio stampa", ItalianRegion.Lazio, "Roma",
            ["ufficio stampa", "gestione crisi"], ["analisi dati", "influencer"]),
        new("luca.colombo", "Luca Colombo", 10, "Titolare di un'azienda di arredamento", ItalianRegion.Veneto, "Treviso",
            ["casi aziendali", "partnership"], ["primi passi", "strategia social"]),
        new("francesca.ricci", "Francesca Ricci", 2, "Brand manager nel settore turistico", ItalianRegion.Toscana, "Firenze",
            ["brand", "storytelling"], ["content creator", "video"]),
        new("alessandro.greco", "Alessandro Greco", 9, "Analista di dati social e ascolto della rete", ItalianRegion.Puglia, "Bari",
            ["analisi dati", "reportistica"], ["progetti", "collaborazioni"]),
        new("sara.conti", "Sara Conti", 5, "Comunicazione interna in un gruppo industriale", ItalianRegion.Piemonte, "Torino",
            ["intranet", "change management"], ["community manager", "metodi"]),
        new("davide.marino", "Davide Marino", 4, "Pianificazione pubblicitaria online", ItalianRegion.Campania, "Napoli",
            ["advertising", "campagne"], ["partnership", "piattaforme"]),
        new("elena.galli", "Elena Galli", 8, "Content creator e video maker", ItalianRegion.Sicilia, "Palermo",
            ["video", "content creator"], ["brand", "progetti"]),
        new("paolo.costa", "Paolo Costa", 12, "Partner manager di una piattaforma social", ItalianRegion.Lombardia, "Milano",
            ["piattaforme", "formazione"], ["casi aziendali", "pmi"]),
        new("valentina.bruno", "Valentina Bruno", 15, "Formatrice su comunicazione digitale", ItalianRegion.Marche, "Ancona",
            ["formazione", "primi passi"], ["ricerca", "casi aziendali"]),
        new("stefano.fontana", "Stefano Fontana", 16, "Giornalista e blogger di tecnologia", ItalianRegion.Liguria, "Genova",
            ["storytelling", "ufficio stampa"], ["fonti", "interviste"]),
    ];

    private sealed record DemoMember(
        string Handle, string DisplayName, int RoleId, string Headline, ItalianRegion Region, string City, string[] Offers, string[] Seeks);

    private async Task SeedStaffAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        var now = clock.GetUtcNow();
        foreach (var (email, role) in DemoContentSeeder.StaffAccounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var isAdmin = role == StaffRoles.Admin;
            var member = new Member
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = isAdmin ? "Amministrazione del Club" : "Moderazione del Club",
                Handle = isAdmin ? "amministrazione" : "moderazione",
                PrimaryRoleId = 13,
                Headline = isAdmin ? "Account dimostrativo con il ruolo di amministratore" : "Account dimostrativo con il ruolo di moderatore",
                JoinedAt = now.AddDays(-120),
            };
            EnsureSucceeded(await users.CreateAsync(member, DemoContentSeeder.DemoPassword), email);
            EnsureSucceeded(await users.AddToRoleAsync(member, role), email);
        }
    }

    private async Task SeedMembersAsync(CancellationToken cancellationToken)
    {
        var emails = DemoMembers.Select(m => $"{m.Handle}@{DemoContentSeeder.EmailDomain}").ToList();
        var existing = await db.Users
            .Where(u => emails.Contains(u.Email!))
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);

        var added = 0;
        var now = clock.GetUtcNow();
        for (var i = 0; i < DemoMembers.Length; i++)
        {
            var demo = DemoMembers[i];
            var email = $"{demo.Handle}@{DemoContentSeeder.EmailDomain}";
            if (existing.Contains(email))
            {
                continue;
            }

            var member = new Member
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                Handle = demo.Handle.Replace('.', '-'),
                PrimaryRoleId = demo.RoleId,
                Headline = demo.Headline,
                Region = demo.Region,
                City = demo.City,
                OffersTags = demo.Offers,
                SeeksTags = demo.Seeks,
                JoinedAt = now.AddDays(-7 * (DemoMembers.Length - i)),
            };
            EnsureSucceeded(await users.CreateAsync(member, DemoContentSeeder.DemoPassword), email);

            added++;
        }

        logger.LogInformation("Demo content: {Added} members added, {Existing} already present", added, existing.Count);
    }

    private static void EnsureSucceeded(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {email} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
