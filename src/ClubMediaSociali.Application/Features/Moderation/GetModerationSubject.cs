using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>The member a staff action is about, for the page that asks for its reason; null when there is none.</summary>
public sealed record GetModerationSubject(Guid MemberId) : IQuery<ModerationSubject?>;

public sealed record ModerationSubject(Guid Id, string DisplayName, string Handle, DateTimeOffset? SuspendedAt);

public sealed class GetModerationSubjectHandler(ClubDbContext db) : IQueryHandler<GetModerationSubject, ModerationSubject?>
{
    public async ValueTask<ModerationSubject?> Handle(GetModerationSubject query, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(m => m.Id == query.MemberId && m.DeletedAt == null)
            .Select(m => new ModerationSubject(m.Id, m.DisplayName, m.Handle, m.SuspendedAt))
            .SingleOrDefaultAsync(cancellationToken);
}
