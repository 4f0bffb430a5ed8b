using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Home;

/// <summary>A member saves a practice, an idea or an opportunity they can read to their "Salvati", or takes it off.</summary>
[ChangesNoPublicPage("A member's own saved list.")]
public sealed record SaveItem(SavedKind Kind, Guid Id, bool Saved) : ICommand<Result<bool>>;

public static class SavedErrors
{
    public static readonly Error NotFound = Error.NotFound("saved.not_found");
}

public sealed class SaveItemHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SaveItem, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(SaveItem command, CancellationToken cancellationToken)
    {
        var memberId = currentMember.RequiredId;
        if (!command.Saved)
        {
            await db.SavedItems.Where(s => s.MemberId == memberId && s.Kind == command.Kind && s.ItemId == command.Id).ExecuteDeleteAsync(cancellationToken);
            return false;
        }

        if (!await ReadableAsync(command.Kind, command.Id, cancellationToken))
        {
            return SavedErrors.NotFound;
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO saved_items (member_id, kind, item_id, at) VALUES ({memberId}, {(int)command.Kind}, {command.Id}, {clock.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        return true;
    }

    /// <summary>What the member can read now: a published practice, an idea past screening, an opportunity out of drafts.</summary>
    private Task<bool> ReadableAsync(SavedKind kind, Guid id, CancellationToken cancellationToken) => kind switch
    {
        SavedKind.Practice => db.Practices.AnyAsync(p => p.Id == id && p.Status == PracticeStatus.Published, cancellationToken),
        SavedKind.Idea => db.Ideas.AnyAsync(i => i.Id == id, cancellationToken),
        SavedKind.Opportunity => db.Opportunities.AnyAsync(o => o.Id == id && o.Status != OpportunityStatus.Draft && o.ClosedBecause != OpportunityClosure.Removed, cancellationToken),
        _ => Task.FromResult(false),
    };
}
