using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;

namespace ClubMediaSociali.Application.Features.Companies;

/// <summary>
/// What one member may do with one organisation's page: the one rule, read by the queries (as
/// <see cref="CompanyAbilities"/>) and by the commands (as refusals). Its representatives manage it (edit the
/// page, decide who joins, publish its opportunities); confirmed members not tied to it ask to join; admins
/// set its marks (verified, founding partner).
/// </summary>
public static class CompanyPermissions
{
    /// <param name="member">Who looks.</param>
    /// <param name="tie">The viewer's tie to the organisation, if any.</param>
    public static CompanyAbilities For(ICurrentMember member, CompanyMemberStatus? tie) => new(
        CanManage: tie == CompanyMemberStatus.Representative,
        CanAskToJoin: member.IsConfirmed && tie is null or CompanyMemberStatus.Declined,
        CanMark: member.IsAdmin);

    /// <summary>Null when the member represents the organisation, the refusal otherwise.</summary>
    public static async Task<Error?> ManageRefusalAsync(ClubDbContext db, ICurrentMember member, Guid companyId, CancellationToken cancellationToken) =>
        member.Id is { } id && await Representatives.IsRepresentativeAsync(db, companyId, id, cancellationToken) ? null : CompanyErrors.NotRepresentative;
}

/// <summary>The answers of <see cref="CompanyPermissions"/> for the viewer of one organisation.</summary>
public sealed record CompanyAbilities(bool CanManage, bool CanAskToJoin, bool CanMark);
