using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>
/// The open reports of messages and conversations, oldest first: who reported, when and why. What was reported is not
/// shown here: a moderator opens one report at a time (<see cref="ReadMessageReport"/>), and that reading is audited.
/// </summary>
public sealed record GetMessageReports : IQuery<IReadOnlyList<MessageReportLine>>
{
    public const int Limit = 100;
}

public sealed record MessageReportLine(Guid Id, DateTimeOffset At, string ReporterName, string ReporterHandle, string Reason, bool WholeConversation);

public sealed class GetMessageReportsHandler(ClubDbContext db) : IQueryHandler<GetMessageReports, IReadOnlyList<MessageReportLine>>
{
    public async ValueTask<IReadOnlyList<MessageReportLine>> Handle(GetMessageReports query, CancellationToken cancellationToken) =>
        await db.MessageReports.AsNoTracking().Where(r => r.ClosedAt == null).OrderBy(r => r.At).Take(GetMessageReports.Limit)
            .Join(db.Users, r => r.ReporterId, m => m.Id, (r, m) => new MessageReportLine(r.Id, r.At, m.DisplayName, m.Handle, r.Reason, r.MessageId == null))
            .ToListAsync(cancellationToken);
}
