using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
using Npgsql;

namespace ClubMediaSociali.Tools.LargeData;

/// <summary>The business network at scale: companies with their representatives, opportunities and responses.</summary>
public sealed partial class LargeDataSeeder
{
    private static readonly string[] CompanyWords =
        ["Comunicazione", "Studio", "Officina", "Laboratorio", "Gruppo", "Agenzia", "Bottega", "Fabbrica", "Rete", "Atelier"];

    private static readonly string[] Asks =
        ["Cerchiamo chi ci aiuti con", "Nuovo progetto:", "Collaborazione per", "Selezioniamo una persona per", "Chiediamo un consiglio su",
         "Incontro aperto su"];

    private static readonly string[] ResponseTexts =
        [
            "Ho seguito un progetto molto simile lo scorso anno: posso mandarvi i risultati.",
            "Sono disponibile da subito, anche in presenza due giorni a settimana.",
            "Lavoro con un piccolo gruppo: possiamo proporvi un piano in tre fasi.",
            "Mi occupo proprio di questo per aziende del vostro settore.",
            "Potrei cominciare con una prima analisi gratuita di un'ora.",
        ];

    private async Task SeedBusinessAsync(
        NpgsqlConnection connection, LargeDataSize size, List<Member> members, int[] roleIds, Random random, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var bodies = Bodies(random).ToArray();
        var companies = Companies(size.Companies, bodies, random, now).ToList();
        // Each company is represented by one or two members; while there are members enough, none represents two companies.
        var representatives = companies.SelectMany((company, i) => Enumerable.Range(0, 1 + random.Next(2))
            .Select(k => members[(1 + (i * 2) + k) % members.Count]).DistinctBy(m => m.Id).Select(m => new CompanyMember
            {
                CompanyId = company.Id,
                MemberId = m.Id,
                Status = CompanyMemberStatus.Representative,
                RequestedAt = company.CreatedAt,
                DecidedAt = company.CreatedAt,
            })).ToList();
        var opportunities = Opportunities(size.Opportunities, companies, representatives, roleIds, bodies, random, now).ToList();
        var responses = Responses(opportunities, representatives, members, random, now).ToList();
        await BulkCopy.WriteAsync(db, connection, companies, cancellationToken);
        await BulkCopy.WriteAsync(db, connection, representatives, cancellationToken);
        await BulkCopy.WriteAsync(db, connection, opportunities, cancellationToken);
        await BulkCopy.WriteAsync(db, connection, responses, cancellationToken);
    }

    private static IEnumerable<Company> Companies(int count, (string Markdown, string Html)[] bodies, Random random, DateTimeOffset now)
    {
        var kinds = Enum.GetValues<CompanyKind>();
        var sizes = Enum.GetValues<CompanySize>();
        var regions = Enum.GetValues<ItalianRegion>();
        for (var i = 1; i <= count; i++)
        {
            var name = $"{CompanyWords[random.Next(CompanyWords.Length)]} {LastNames[random.Next(LastNames.Length)]} {i}";
            var created = now.AddMinutes(-random.Next(3 * 365 * 24 * 60));
            var body = bodies[random.Next(bodies.Length)];
            yield return new Company
            {
                Id = Guid.CreateVersion7(created),
                Name = name,
                Slug = Slugs.From(name),
                Kind = kinds[random.Next(kinds.Length)],
                Sector = Sectors[random.Next(Sectors.Length)],
                Size = sizes[random.Next(sizes.Length)],
                Region = regions[random.Next(regions.Length)],
                WebsiteUrl = $"https://impresa{i}.example",
                DescriptionMarkdown = body.Markdown,
                DescriptionHtml = body.Html,
                Verified = random.Next(10) < 7,
                CreatedAt = created,
                UpdatedAt = created,
            };
        }
    }

    /// <summary>
    /// Two years of opportunities: most of the last two months are open with a deadline ahead (or none),
    /// older ones closed by their deadline or by the company, a few are drafts.
    /// </summary>
    private static IEnumerable<Opportunity> Opportunities(
        int count, List<Company> companies, List<CompanyMember> representatives, int[] roleIds, (string Markdown, string Html)[] bodies,
        Random random, DateTimeOffset now)
    {
        if (companies.Count == 0)
        {
            yield break;
        }

        var authors = representatives.ToLookup(r => r.CompanyId, r => r.MemberId);
        var kinds = Enum.GetValues<OpportunityKind>();
        var regions = Enum.GetValues<ItalianRegion>();
        var today = DateOnly.FromDateTime(ItalianCalendar.ToItalianTime(now).DateTime);
        for (var i = 0; i < count; i++)
        {
            var company = companies[random.Next(companies.Count)];
            var created = Max(now.AddMinutes(-random.Next(2 * 365 * 24 * 60)), company.CreatedAt);
            var topic = Topics[random.Next(Topics.Length)];
            var body = bodies[random.Next(bodies.Length)];
            var recent = now - created < TimeSpan.FromDays(60);
            var status = random.Next(100) < 3 ? OpportunityStatus.Draft
                : recent && random.Next(10) < 8 ? OpportunityStatus.Open : OpportunityStatus.Closed;
            var published = status == OpportunityStatus.Draft ? (DateTimeOffset?)null : Min(created.AddHours(random.Next(1, 24)), now);
            var remote = random.Next(3) == 0;
            var budget = random.Next(3) == 0 ? (int?)null : random.Next(5, 60) * 100;
            var expired = status == OpportunityStatus.Closed && random.Next(3) > 0;
            DateOnly? deadline = status switch
            {
                OpportunityStatus.Open => random.Next(4) == 0 ? null : today.AddDays(random.Next(0, 60)),
                _ when expired => DateOnly.FromDateTime(ItalianCalendar.ToItalianTime(published!.Value).DateTime).AddDays(random.Next(7, 45)),
                _ => null,
            };
            var closed = status != OpportunityStatus.Closed ? (DateTimeOffset?)null
                : expired ? Min(new DateTimeOffset(deadline!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), now)
                : Min(published!.Value.AddDays(random.Next(5, 60)), now);
            yield return new Opportunity
            {
                Id = Guid.CreateVersion7(created),
                CompanyId = company.Id,
                AuthorId = authors[company.Id].First(),
                Kind = kinds[random.Next(kinds.Length)],
                Title = $"{Asks[random.Next(Asks.Length)]} {topic}",
                DescriptionMarkdown = body.Markdown,
                DescriptionHtml = body.Html,
                RoleIds = [.. Pick(roleIds, random, 1, 3).Order()],
                Skills = Pick(Skills, random, 1, 3),
                Region = remote && random.Next(2) == 0 ? null : regions[random.Next(regions.Length)],
                Remote = remote,
                BudgetMin = budget,
                BudgetMax = budget * 2,
                Deadline = deadline,
                Status = status,
                ClosedBecause = status != OpportunityStatus.Closed ? null : expired ? OpportunityClosure.Expired : OpportunityClosure.ByCompany,
                CreatedAt = created,
                UpdatedAt = closed ?? published ?? created,
                PublishedAt = published,
                ClosedAt = closed,
            };
        }
    }

    /// <summary>A long tail of responses, never from the company's own representatives; closed ones often chose someone.</summary>
    private static IEnumerable<OpportunityResponse> Responses(
        List<Opportunity> opportunities, List<CompanyMember> representatives, List<Member> members, Random random, DateTimeOffset now)
    {
        var representing = representatives.ToLookup(r => r.CompanyId, r => r.MemberId);
        foreach (var opportunity in opportunities.Where(o => o.PublishedAt is not null))
        {
            var count = (int)(Math.Pow(random.NextDouble(), 3) * 30);
            var until = opportunity.ClosedAt ?? now;
            var span = Math.Max(1, (int)(until - opportunity.PublishedAt!.Value).TotalMinutes);
            var chosen = new HashSet<Guid>(representing[opportunity.CompanyId!.Value]);
            var selected = opportunity.Status == OpportunityStatus.Closed && random.Next(2) == 0;
            for (var n = 0; n < count; n++)
            {
                var member = members[random.Next(members.Count)];
                if (!chosen.Add(member.Id))
                {
                    continue;
                }

                var at = opportunity.PublishedAt!.Value.AddMinutes(random.Next(span));
                var status = opportunity.Status == OpportunityStatus.Open
                    ? (random.Next(3) == 0 ? ResponseStatus.UnderReview : ResponseStatus.Sent)
                    : selected && n == 0 ? ResponseStatus.Selected : ResponseStatus.NotSelected;
                opportunity.ResponseCount++;
                yield return new OpportunityResponse
                {
                    OpportunityId = opportunity.Id,
                    MemberId = member.Id,
                    Message = ResponseTexts[random.Next(ResponseTexts.Length)],
                    Status = status,
                    CreatedAt = at,
                    UpdatedAt = status == ResponseStatus.Sent ? at : Min(at.AddDays(random.Next(1, 10)), until),
                };
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
