using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>The domains and phrases moderators have marked, newest first.</summary>
public sealed record GetSpamMarkers : IQuery<IReadOnlyList<SpamMarkerEntry>>
{
    public const int Limit = 500;
}

/// <param name="FromMember">For a domain added by marking a member as spam, that member's name and handle.</param>
public sealed record SpamMarkerEntry(Guid Id, SpamMarkerKind Kind, string Value, string? AddedBy, DateTimeOffset AddedAt, (string Name, string Handle)? FromMember);

public sealed class GetSpamMarkersHandler(ClubDbContext db) : IQueryHandler<GetSpamMarkers, IReadOnlyList<SpamMarkerEntry>>
{
    public async ValueTask<IReadOnlyList<SpamMarkerEntry>> Handle(GetSpamMarkers query, CancellationToken cancellationToken)
    {
        var rows = await db.SpamMarkers.AsNoTracking()
            .OrderByDescending(m => m.AddedAt).ThenBy(m => m.Value)
            .Take(GetSpamMarkers.Limit)
            .Select(m => new
            {
                m.Id,
                m.Kind,
                m.Value,
                m.AddedAt,
                AddedBy = db.Users.Where(u => u.Id == m.AddedById).Select(u => u.DisplayName).FirstOrDefault(),
                From = db.Users.Where(u => u.Id == m.FromMemberId).Select(u => new { u.DisplayName, u.Handle }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(m => new SpamMarkerEntry(m.Id, m.Kind, m.Value, m.AddedBy, m.AddedAt, m.From is null ? null : (m.From.DisplayName, m.From.Handle))).ToList();
    }
}
