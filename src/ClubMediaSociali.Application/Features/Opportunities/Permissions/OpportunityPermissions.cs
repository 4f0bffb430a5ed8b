using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Features.Companies;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>
/// What one member may do with one opportunity and its responses: the one rule, read by the queries (as
/// <see cref="OpportunityAbilities"/>) and by the commands (as refusals). The organisation's representatives
/// manage it (drafts, edits, closing) and alone read and decide its responses, which stay private to them
/// and to each applicant; confirmed members of other organisations respond once while it is open;
/// moderators remove an open one that breaks the rules.
/// </summary>
public static class OpportunityPermissions
{
    public static OpportunityAbilities For(ICurrentMember member, bool represents, OpportunityStatus status, bool responded) => new(
        CanManage: represents,
        CanRemove: member.IsModerator && status == OpportunityStatus.Open,
        RespondRefusal: responded ? OpportunityErrors.AlreadyResponded : RespondRefusal(represents, status))
    {
        CanRespond = member.IsConfirmed && !responded && RespondRefusal(represents, status) is null,
    };

    /// <summary>A draft is seen by its organisation's representatives only.</summary>
    public static bool CanSee(bool represents, OpportunityStatus status) => status != OpportunityStatus.Draft || represents;

    public static Error? RespondRefusal(bool represents, OpportunityStatus status) =>
        status != OpportunityStatus.Open ? OpportunityErrors.NotOpen
        : represents ? OpportunityErrors.OwnCompany
        : null;

    /// <summary>Null when the member represents the organisation (and so may manage its opportunities and their responses).</summary>
    public static async Task<Error?> ManageRefusalAsync(ClubDbContext db, ICurrentMember member, Guid companyId, CancellationToken cancellationToken) =>
        await CompanyPermissions.ManageRefusalAsync(db, member, companyId, cancellationToken) is null ? null : OpportunityErrors.NotRepresentative;
}

/// <summary>The answers of <see cref="OpportunityPermissions"/> for the viewer of one opportunity.</summary>
public sealed record OpportunityAbilities(bool CanManage, bool CanRemove, Error? RespondRefusal)
{
    /// <summary>The response form is offered (to confirmed members, when <see cref="RespondRefusal"/> is null).</summary>
    public bool CanRespond { get; init; }
}
