using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>
/// Everything the Club holds about a member, in a portable form (GDPR access and portability).
/// Each feature that stores a member's content adds its part here.
/// </summary>
public sealed record ExportMyData() : IQuery<MemberDataExport?>;

public sealed record MemberDataExport(
    DateTimeOffset ExportedAt,
    ExportedAccount Account,
    ExportedProfile Profile,
    IReadOnlyList<ConsentEntry> Consents,
    IReadOnlyList<string> StaffRoles,
    ExportedNewsletterSubscription? Newsletter);

public sealed record ExportedAccount(Guid Id, string Email, bool EmailConfirmed, DateTimeOffset JoinedAt, bool TwoFactorEnabled, string Culture);

public sealed record ExportedProfile(
    string DisplayName, string Handle, string? Headline, string? Bio, string PrimaryRole, IReadOnlyList<string> SecondaryRoles,
    string? CompanyName, string? City, string? Region, IReadOnlyDictionary<string, string> Channels, IReadOnlyList<string> Skills,
    IReadOnlyList<string> OffersTags, string? OffersText, IReadOnlyList<string> SeeksTags, string? SeeksText, string Visibility,
    bool ShowEmailToContacts);

public sealed record ExportedNewsletterSubscription(string Email, string PrivacyPolicyVersion, DateTimeOffset ConsentedAt);

public sealed class ExportMyDataHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<ExportMyData, MemberDataExport?>
{
    public async ValueTask<MemberDataExport?> Handle(ExportMyData query, CancellationToken cancellationToken)
    {
        var m = await db.Users.AsNoTracking().Include(x => x.PrimaryRole)
            .SingleOrDefaultAsync(x => x.Id == currentMember.RequiredId && x.DeletedAt == null, cancellationToken);
        if (m is null)
        {
            return null;
        }

        var secondary = await db.ProfessionalRoles.Where(r => m.SecondaryRoleIds.Contains(r.Id)).Select(r => r.NameIt).ToListAsync(cancellationToken);
        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.MemberId == m.Id).OrderBy(c => c.RecordedAt)
            .Select(c => new ConsentEntry(c.Kind, c.Version, c.Granted, c.RecordedAt)).ToListAsync(cancellationToken);
        var roles = await db.UserRoles.Where(ur => ur.UserId == m.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
        var normalizedEmail = m.Email!.ToLowerInvariant();
        var newsletter = await db.NewsletterSubscribers.AsNoTracking().Where(s => s.Email == normalizedEmail)
            .Select(s => new ExportedNewsletterSubscription(s.Email, s.PrivacyPolicyVersion, s.ConsentedAt)).SingleOrDefaultAsync(cancellationToken);

        var channels = new Dictionary<string, string?>
        {
            ["linkedin"] = m.LinkedInUrl,
            ["x"] = m.XUrl,
            ["facebook"] = m.FacebookUrl,
            ["instagram"] = m.InstagramUrl,
            ["youtube"] = m.YouTubeUrl,
            ["website"] = m.WebsiteUrl,
        }.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!);

        return new MemberDataExport(
            clock.GetUtcNow(),
            new ExportedAccount(m.Id, m.Email, m.EmailConfirmed, m.JoinedAt, m.TwoFactorEnabled, m.Culture),
            new ExportedProfile(m.DisplayName, m.Handle, m.Headline, m.BioMarkdown, m.PrimaryRole!.NameIt, secondary, m.CompanyName, m.City,
                m.Region?.ToString(), channels, m.Skills, m.OffersTags, m.OffersText, m.SeeksTags, m.SeeksText, m.Visibility.ToString(),
                m.ShowEmailToContacts),
            consents,
            roles,
            newsletter);
    }
}
