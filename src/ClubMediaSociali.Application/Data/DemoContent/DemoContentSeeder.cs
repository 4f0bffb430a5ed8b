using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>
/// Italian demo content for local development. Idempotent: each item is keyed by a stable
/// value (a member's email), so running it again adds only what is missing.
/// Later features extend it with their own content.
/// </summary>
public sealed class DemoContentSeeder(
    ClubDbContext db,
    UserManager<Member> users,
    TimeProvider clock,
    ILogger<DemoContentSeeder> logger)
{
    public const string EmailDomain = "club.example";

    // Members drawn from the professions the Club brings to one table.
    private static readonly (string Handle, string DisplayName)[] DemoMembers =
    [
        ("giulia.ferrari", "Giulia Ferrari"),       // community manager
        ("marco.bianchi", "Marco Bianchi"),         // marketing manager in a PMI
        ("chiara.romano", "Chiara Romano"),         // public relations
        ("luca.colombo", "Luca Colombo"),           // imprenditore
        ("francesca.ricci", "Francesca Ricci"),     // brand manager
        ("alessandro.greco", "Alessandro Greco"),   // social media analyst
        ("sara.conti", "Sara Conti"),               // comunicazione interna
        ("davide.marino", "Davide Marino"),         // advertising
        ("elena.galli", "Elena Galli"),             // content creator
        ("paolo.costa", "Paolo Costa"),             // rappresentante di piattaforma
        ("valentina.bruno", "Valentina Bruno"),     // formazione e ricerca
        ("stefano.fontana", "Stefano Fontana"),     // giornalista e blogger
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var emails = DemoMembers.Select(m => $"{m.Handle}@{EmailDomain}").ToList();
        var existing = await db.Users
            .Where(u => emails.Contains(u.Email!))
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);

        var added = 0;
        var now = clock.GetUtcNow();
        for (var i = 0; i < DemoMembers.Length; i++)
        {
            var (handle, displayName) = DemoMembers[i];
            var email = $"{handle}@{EmailDomain}";
            if (existing.Contains(email))
            {
                continue;
            }

            var member = new Member
            {
                UserName = handle,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                JoinedAt = now.AddDays(-7 * (DemoMembers.Length - i)),
            };
            var result = await users.CreateAsync(member);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo member {email} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            added++;
        }

        logger.LogInformation("Demo content: {Added} members added, {Existing} already present", added, existing.Count);
    }
}
