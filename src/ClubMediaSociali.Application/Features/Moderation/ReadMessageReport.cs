using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Conversations;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Features.Conversations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>
/// A moderator reads one report: the snapshot kept when it was made (the reported message and those around it, as the
/// reporter saw them), and nothing else of the conversation. Every reading is written to the audit log.
/// </summary>
[ChangesNoPublicPage("Only the audit log changes.")]
public sealed record ReadMessageReport(Guid ReportId) : ICommand<Result<ReportedConversation>>;

public sealed record ReportedConversation(
    Guid Id, DateTimeOffset At, string ReporterName, string ReporterHandle, string Reason, bool WholeConversation, IReadOnlyList<ReportedLineView> Lines,
    DateTimeOffset? ClosedAt, bool? ActedOn);

/// <summary>A snapshot line with its author's handle today (none for a deleted account), to open their profile or suspend them.</summary>
public sealed record ReportedLineView(ReportedLine Line, string? AuthorHandle);

public sealed class ReadMessageReportHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<ReadMessageReport, Result<ReportedConversation>>
{
    public async ValueTask<Result<ReportedConversation>> Handle(ReadMessageReport command, CancellationToken cancellationToken)
    {
        var report = await db.MessageReports.AsNoTracking().Where(r => r.Id == command.ReportId)
            .Join(db.Users, r => r.ReporterId, m => m.Id, (r, m) => new { Report = r, m.DisplayName, m.Handle })
            .SingleOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return ModerationErrors.NotFound;
        }

        var lines = ReportConversationHandler.Lines(report.Report.Snapshot);
        var authors = lines.Select(l => l.AuthorId).Distinct().ToList();
        var handles = await db.Users.Where(m => authors.Contains(m.Id) && m.DeletedAt == null).ToDictionaryAsync(m => m.Id, m => m.Handle, cancellationToken);
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.ReadMessageReport, AuditTargets.MessageReport, report.Report.Id, report.DisplayName, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new ReportedConversation(
            report.Report.Id, report.Report.At, report.DisplayName, report.Handle, report.Report.Reason, report.Report.MessageId is null,
            lines.Select(l => new ReportedLineView(l, handles.GetValueOrDefault(l.AuthorId))).ToList(), report.Report.ClosedAt, report.Report.ActedOn);
    }
}
