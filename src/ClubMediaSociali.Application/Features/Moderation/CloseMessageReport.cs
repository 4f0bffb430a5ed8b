using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>A moderator closes a report, saying whether they acted on it (a suspension is its own audited action).</summary>
[ChangesNoPublicPage("Reports are read by moderators only.")]
public sealed record CloseMessageReport(Guid ReportId, bool ActedOn) : ICommand<Result<Unit>>;

public sealed class CloseMessageReportHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<CloseMessageReport, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(CloseMessageReport command, CancellationToken cancellationToken)
    {
        var report = await db.MessageReports.SingleOrDefaultAsync(r => r.Id == command.ReportId, cancellationToken);
        if (report is null)
        {
            return ModerationErrors.NotFound;
        }

        if (report.ClosedAt is not null)
        {
            return ModerationErrors.AlreadyDecided;
        }

        var reporter = await db.Users.Where(m => m.Id == report.ReporterId).Select(m => m.DisplayName).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        (report.ClosedAt, report.ClosedById, report.ActedOn) = (now, currentMember.RequiredId, command.ActedOn);
        db.AuditLog.Record(
            currentMember.RequiredId, command.ActedOn ? AuditActions.ActOnMessageReport : AuditActions.DismissMessageReport, AuditTargets.MessageReport, report.Id, reporter, now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
