using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Content;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>The business network: organisations with their representatives, and their opportunities with responses.</summary>
public sealed class DemoBusinessSeeder(ClubDbContext db, MarkdownRenderer markdown, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedCompaniesAsync(cancellationToken);
        await SeedOpportunitiesAsync(cancellationToken);
    }

    /// <summary>One organisation of every kind with its representatives, two founding partners and a request waiting for an answer.</summary>
    private async Task SeedCompaniesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var existing = await db.Companies.Select(c => c.Slug).ToListAsync(cancellationToken);
        var members = await DemoSeeding.MembersByHandleAsync(db, cancellationToken);
        foreach (var demo in DemoCompanies.All.Where(d => !existing.Contains(Slugs.From(d.Name))))
        {
            var company = new Domain.Companies.Company
            {
                Name = demo.Name,
                Slug = Slugs.From(demo.Name),
                Kind = demo.Kind,
                Sector = demo.Sector,
                Size = demo.Size,
                Region = demo.Region,
                WebsiteUrl = $"https://{Slugs.From(demo.Name)}.example",
                DescriptionMarkdown = demo.Description,
                DescriptionHtml = markdown.ToSafeHtml(demo.Description),
                Verified = demo.Verified,
                FoundingPartner = demo.FoundingPartner,
                CreatedAt = now.AddDays(-60),
                UpdatedAt = now.AddDays(-60),
            };
            db.Companies.Add(company);
            foreach (var handle in demo.Representatives.Where(members.ContainsKey))
            {
                db.CompanyMembers.Add(new Domain.Companies.CompanyMember
                {
                    CompanyId = company.Id,
                    MemberId = members[handle],
                    Status = Domain.Companies.CompanyMemberStatus.Representative,
                    RequestedAt = company.CreatedAt,
                    DecidedAt = company.CreatedAt,
                });
            }

            if (demo.Request is { } request && members.TryGetValue(request.Handle, out var requester))
            {
                db.CompanyMembers.Add(new Domain.Companies.CompanyMember
                {
                    CompanyId = company.Id,
                    MemberId = requester,
                    Status = Domain.Companies.CompanyMemberStatus.Requested,
                    Message = request.Message,
                    RequestedAt = now.AddDays(-2),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Open opportunities of the demo organisations with responses in several states; counters match the responses.</summary>
    private async Task SeedOpportunitiesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var titles = DemoOpportunities.All.Select(d => d.Title).ToList();
        var existing = await db.Opportunities.Where(o => titles.Contains(o.Title)).Select(o => o.Title).ToListAsync(cancellationToken);
        var companies = await db.Companies.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var members = await DemoSeeding.MembersByHandleAsync(db, cancellationToken);
        var today = Common.ItalianCalendar.Today(clock);
        foreach (var demo in DemoOpportunities.All.Where(d => !existing.Contains(d.Title) && companies.ContainsKey(d.Company)))
        {
            var published = now.AddDays(-demo.DaysAgo);
            var opportunity = new Domain.Opportunities.Opportunity
            {
                CompanyId = companies[demo.Company],
                AuthorId = members.GetValueOrDefault(demo.Author),
                Kind = demo.Kind,
                Title = demo.Title,
                DescriptionMarkdown = demo.Description,
                DescriptionHtml = markdown.ToSafeHtml(demo.Description),
                RoleIds = demo.Roles,
                Skills = demo.Skills,
                Region = demo.Region,
                Remote = demo.Remote,
                BudgetMin = demo.BudgetMin,
                BudgetMax = demo.BudgetMax,
                Deadline = demo.DeadlineInDays is { } days ? today.AddDays(days) : null,
                Status = Domain.Opportunities.OpportunityStatus.Open,
                CreatedAt = published.AddHours(-2),
                UpdatedAt = published,
                PublishedAt = published,
            };
            db.Opportunities.Add(opportunity);
            foreach (var (handle, status, message) in demo.Responses.Where(r => members.ContainsKey(r.Handle)))
            {
                db.OpportunityResponses.Add(new Domain.Opportunities.OpportunityResponse
                {
                    OpportunityId = opportunity.Id,
                    MemberId = members[handle],
                    Message = message,
                    Status = status,
                    CreatedAt = published.AddDays(1),
                    UpdatedAt = published.AddDays(1),
                });
                opportunity.ResponseCount++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
