using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Reputation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>
/// A moderator moves an idea along nuova → in discussione → selezionata → in realizzazione →
/// realizzata, or closes it as non accolta or duplicata, always with a public reason. Each change
/// becomes a line of the decision log, goes to the audit log and is told to the idea's followers.
/// Marking a duplicate merges it into the original: votes and followers move (a member who voted
/// on both keeps the vote on the original) and the duplicate points to the original.
/// </summary>
[ChangesPages(PublicPages.Ideas | PublicPages.Home)]
public sealed record ChangeIdeaStatus : ICommand<Result<Guid>>, ITransactional
{
    public Guid IdeaId { get; init; }

    public IdeaStatus Status { get; init; }

    public string Reason { get; init; } = "";

    /// <summary>For <see cref="IdeaStatus.Duplicate"/>: the original's address or id.</summary>
    public string? Original { get; init; }

    public Guid? OriginalId => IdeaAddress.Parse(Original);
}

public static class IdeaAddress
{
    /// <summary>The idea id at the end of the idea's address (copied from the browser), or a bare id; null for anything else.</summary>
    public static Guid? Parse(string? text)
    {
        var last = text?.Trim().TrimEnd('/').Split('/', '#', '?').LastOrDefault(part => Guid.TryParse(part, out _));
        return Guid.TryParse(last, out var id) ? id : null;
    }
}

public sealed class ChangeIdeaStatusValidator : AbstractValidator<ChangeIdeaStatus>
{
    public ChangeIdeaStatusValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Status).IsInEnum().WithMessage(_ => text["Scegli uno stato dall'elenco."]);
        RuleFor(c => c.Reason)
            .Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => text["Scrivi il motivo: sarà pubblico nel registro delle decisioni."])
            .ClubMaxLength(text, IdeaDecision.ReasonMaxLength);
        RuleFor(c => c.OriginalId)
            .NotNull().When(c => c.Status == IdeaStatus.Duplicate)
            .WithMessage(_ => text["Indica l'idea originale: copia l'indirizzo della sua pagina."])
            .OverridePropertyName(nameof(ChangeIdeaStatus.Original));
    }
}

public sealed class ChangeIdeaStatusHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<ChangeIdeaStatus, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(ChangeIdeaStatus command, CancellationToken cancellationToken)
    {
        var idea = await db.Ideas.SingleOrDefaultAsync(i => i.Id == command.IdeaId, cancellationToken);
        if (idea is null || idea.Status == IdeaStatus.Duplicate)
        {
            return IdeaErrors.NotFound;
        }

        if (idea.Status == command.Status)
        {
            return IdeaGovernanceErrors.SameStatus;
        }

        var now = clock.GetUtcNow();
        var reason = command.Reason.Trim();
        if (command.Status == IdeaStatus.Duplicate)
        {
            var original = await db.Ideas.AsNoTracking()
                .Where(i => i.Id == command.OriginalId && i.Id != idea.Id && i.Status != IdeaStatus.Duplicate)
                .Select(i => new { i.Id, i.AuthorId })
                .SingleOrDefaultAsync(cancellationToken);
            if (original is null)
            {
                return IdeaGovernanceErrors.BadOriginal;
            }

            await MergeAsync(idea, original.Id, original.AuthorId, now, cancellationToken);
        }

        var decision = new IdeaDecision
        {
            IdeaId = idea.Id,
            FromStatus = idea.Status,
            ToStatus = command.Status,
            Reason = reason,
            DecidedById = currentMember.RequiredId,
            At = now,
        };
        db.IdeaDecisions.Add(decision);
        idea.Status = command.Status;
        idea.UpdatedAt = now;
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.ChangeIdeaStatus, AuditTargets.Idea, idea.Id, $"{decision.FromStatus} → {decision.ToStatus}: {idea.Title}", now, reason);

        db.Raise(new IdeaStatusChanged(idea.Id, idea.Status, reason, currentMember.RequiredId, now), now);
        await db.SaveChangesAsync(cancellationToken);
        return decision.Id;
    }

    /// <summary>Moves votes and followers to the original and recounts both ideas, inside the caller's transaction.</summary>
    private async Task MergeAsync(Idea duplicate, Guid originalId, Guid? originalAuthorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var duplicateId = duplicate.Id;
        var author = originalAuthorId ?? Guid.Empty;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO idea_votes (idea_id, member_id, value, at)
            SELECT {originalId}, member_id, value, at FROM idea_votes WHERE idea_id = {duplicateId} AND member_id <> {author}
            ON CONFLICT (idea_id, member_id) DO NOTHING
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM idea_votes WHERE idea_id = {duplicateId}", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO idea_followers (idea_id, member_id, at)
            SELECT {originalId}, member_id, at FROM idea_followers WHERE idea_id = {duplicateId}
            ON CONFLICT (idea_id, member_id) DO NOTHING
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE ideas SET votes_for = c.f, votes_against = c.a,
                hot_score = club_idea_hot(c.f, c.a, created_at), wilson_score = club_idea_wilson(c.f, c.a),
                engaged_at = CASE WHEN c.f + c.a > 0 THEN coalesce(engaged_at, {now}) ELSE engaged_at END
            FROM (SELECT count(*) FILTER (WHERE value = 1)::int AS f, count(*) FILTER (WHERE value = -1)::int AS a
                  FROM idea_votes WHERE idea_id = {originalId}) AS c
            WHERE id = {originalId}
            """, cancellationToken);
        duplicate.DuplicateOfId = originalId;
        duplicate.ClearVotes();
    }
}
