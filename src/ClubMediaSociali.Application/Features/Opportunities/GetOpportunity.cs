using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Opportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>
/// One opportunity as the viewer may see it: drafts only for the company's representatives; the
/// viewer's own response, if any; never anybody else's.
/// </summary>
public sealed record GetOpportunity(Guid OpportunityId, Language Language) : IQuery<Result<OpportunityView>>;

public sealed record OpportunityView(
    Guid Id, string Title, OpportunityKind Kind, string DescriptionMarkdown, string DescriptionHtml, IReadOnlyList<string> Roles, int[] RoleIds,
    string[] Skills, ItalianRegion? Region, bool Remote, int? BudgetMin, int? BudgetMax, DateOnly? Deadline,
    OpportunityStatus Status, OpportunityClosure? ClosedBecause, string? RemovedReason, int ResponseCount,
    string CompanyName, string CompanySlug, Guid CompanyId, OwnResponse? ViewerResponse, OpportunityAbilities May,
    Screening Screening = Screening.Clear)
{
    /// <summary>Whether the viewer keeps it in their "Salvati".</summary>
    public bool ViewerSaved { get; init; }

    /// <summary>The documents attached, in the representatives' order.</summary>
    public IReadOnlyList<Media.AttachmentItem> Attachments { get; init; } = [];

    /// <summary>The attachments' ids, for the form that edits them.</summary>
    public Guid[] AttachmentIds { get; init; } = [];
}

/// <param name="Screening">A held response waits for a moderator before the company sees it; its author is told so.</param>
public sealed record OwnResponse(string Message, ResponseStatus Status, DateTimeOffset At, Screening Screening = Screening.Clear, Guid? CvUploadId = null);

public sealed class GetOpportunityHandler(ICurrentMember currentMember, ClubDbContext db, Media.Attachments attachments) : IQueryHandler<GetOpportunity, Result<OpportunityView>>
{
    public async ValueTask<Result<OpportunityView>> Handle(GetOpportunity query, CancellationToken cancellationToken)
    {
        var english = query.Language == Language.English;
        var viewer = currentMember.Id ?? Guid.Empty;
        // Held or spam rows are read too, and sorted out below: a held opportunity is shown to its company and to moderators.
        var row = await db.Opportunities.AsNoTracking().IgnoreQueryFilters([ClubDbContext.ScreeningFilter])
            .Where(o => o.Id == query.OpportunityId)
            .Join(db.Companies, o => o.CompanyId, c => c.Id, (o, c) => new
            {
                Opportunity = o,
                c.Name,
                c.Slug,
                CompanyScreening = c.Screening,
                Represents = db.CompanyMembers.Any(m => m.CompanyId == c.Id && m.MemberId == viewer && m.Status == CompanyMemberStatus.Representative),
                Roles = db.ProfessionalRoles.Where(r => o.RoleIds.Contains(r.Id)).OrderBy(r => r.SortOrder).Select(r => english ? r.NameEn : r.NameIt).ToList(),
                Own = db.OpportunityResponses.Where(r => r.OpportunityId == o.Id && r.MemberId == viewer)
                    .Select(r => new OwnResponse(r.Message, r.Status, r.CreatedAt, r.Screening, r.CvUploadId)).FirstOrDefault(),
                Saved = db.SavedItems.Any(s => s.Kind == SavedKind.Opportunity && s.ItemId == o.Id && s.MemberId == viewer),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null || !OpportunityPermissions.CanSee(row.Represents, row.Opportunity.Status))
        {
            return OpportunityErrors.NotFound;
        }

        var o = row.Opportunity;
        var screening = o.Screening == Screening.Clear ? row.CompanyScreening : o.Screening;
        if (screening != Screening.Clear && !currentMember.IsModerator && !(row.Represents && screening == Screening.Held))
        {
            return OpportunityErrors.NotFound;
        }

        return new OpportunityView(
            o.Id, o.Title, o.Kind, o.DescriptionMarkdown, o.DescriptionHtml, row.Roles, o.RoleIds, o.Skills, o.Region, o.Remote,
            o.BudgetMin, o.BudgetMax, o.Deadline, o.Status, o.ClosedBecause, o.RemovedReason, o.ResponseCount,
            row.Name, row.Slug, o.CompanyId!.Value, row.Own, OpportunityPermissions.For(currentMember, row.Represents, o.Status, row.Own is not null),
            screening)
        {
            Attachments = await attachments.ListAsync(o.AttachmentIds, cancellationToken),
            AttachmentIds = o.AttachmentIds,
            ViewerSaved = row.Saved,
        };
    }
}
