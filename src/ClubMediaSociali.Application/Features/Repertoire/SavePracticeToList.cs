using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Repertoire;

/// <summary>A member saves a published practice to their list, or removes it.</summary>
[ChangesNoPublicPage("A member's own saved list.")]
public sealed record SavePracticeToList(Guid PracticeId, bool Saved) : ICommand<Result<bool>>;

public sealed class SavePracticeToListHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SavePracticeToList, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(SavePracticeToList command, CancellationToken cancellationToken)
    {
        if (!await db.Practices.AnyAsync(p => p.Id == command.PracticeId && p.Status == PracticeStatus.Published, cancellationToken))
        {
            return PracticeErrors.NotFound;
        }

        var (practiceId, memberId) = (command.PracticeId, currentMember.RequiredId);
        if (command.Saved)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO saved_practices (member_id, practice_id, at) VALUES ({memberId}, {practiceId}, {clock.GetUtcNow()})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
        }
        else
        {
            await db.SavedPractices.Where(s => s.MemberId == memberId && s.PracticeId == practiceId).ExecuteDeleteAsync(cancellationToken);
        }

        return command.Saved;
    }
}
