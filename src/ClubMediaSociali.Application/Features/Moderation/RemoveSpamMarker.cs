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

/// <summary>A moderator takes a domain or phrase off the marked list.</summary>
[ChangesNoPublicPage("the marked list applies to texts written from now on")]
public sealed record RemoveSpamMarker(Guid MarkerId) : ICommand<Result<Unit>>;

public sealed class RemoveSpamMarkerHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock, ContentScreening screening) : ICommandHandler<RemoveSpamMarker, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RemoveSpamMarker command, CancellationToken cancellationToken)
    {
        var marker = await db.SpamMarkers.SingleOrDefaultAsync(m => m.Id == command.MarkerId, cancellationToken);
        if (marker is null)
        {
            return ModerationErrors.NotFound;
        }

        db.SpamMarkers.Remove(marker);
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.RemoveSpamMarker, AuditTargets.SpamMarker, marker.Id, marker.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await screening.MarksChangedAsync(cancellationToken);
        return Unit.Value;
    }
}
