using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Business;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Business;
using ClubMediaSociali.Application.Features.Reputation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>
/// A member answers an open opportunity with a message, once (the primary key decides a double
/// submission). Representatives of the company cannot answer their own opportunity. They are told.
/// </summary>
public sealed record RespondToOpportunity(Guid OpportunityId, Guid MemberId, string Message) : ICommand<Result<Unit>>;

public sealed class RespondToOpportunityValidator : AbstractValidator<RespondToOpportunity>
{
    public RespondToOpportunityValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Message)
            .Cascade(CascadeMode.Stop)
            .Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => text["Scrivi un messaggio: chi sei e perché sei la persona giusta."])
            .MaximumLength(OpportunityResponse.MessageMaxLength)
                .WithMessage(_ => text["Questo campo può avere al massimo {0} caratteri.", OpportunityResponse.MessageMaxLength]);
}

public sealed class RespondToOpportunityHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<RespondToOpportunity, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RespondToOpportunity command, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.Where(o => o.Id == command.OpportunityId)
            .Select(o => new { o.Id, o.Title, o.Status, o.CompanyId }).SingleOrDefaultAsync(cancellationToken);
        if (opportunity?.CompanyId is not { } companyId || opportunity.Status == OpportunityStatus.Draft)
        {
            return OpportunityErrors.NotFound;
        }

        if (opportunity.Status != OpportunityStatus.Open)
        {
            return OpportunityErrors.NotOpen;
        }

        if (await Representatives.IsRepresentativeAsync(db, companyId, command.MemberId, cancellationToken))
        {
            return OpportunityErrors.OwnCompany;
        }

        var now = clock.GetUtcNow();
        var inserted = await db.Database.ExecuteSqlAsync($"""
            WITH r AS (
                INSERT INTO opportunity_responses (opportunity_id, member_id, message, status, created_at, updated_at)
                VALUES ({opportunity.Id}, {command.MemberId}, {command.Message.Trim()}, {(int)ResponseStatus.Sent}, {now}, {now})
                ON CONFLICT DO NOTHING
                RETURNING 1)
            UPDATE opportunities SET response_count = response_count + (SELECT count(*) FROM r) WHERE id = {opportunity.Id} AND EXISTS (SELECT 1 FROM r)
            """, cancellationToken);
        if (inserted == 0)
        {
            return OpportunityErrors.AlreadyResponded;
        }

        await Representatives.NotifyAsync(db, companyId, "opportunity.response", opportunity.Title, $"/opportunita/{opportunity.Id}/risposte", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The applicant withdraws their response; representatives see it withdrawn.</summary>
public sealed record WithdrawResponse(Guid OpportunityId, Guid MemberId) : ICommand<Result<Unit>>;

public sealed class WithdrawResponseHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<WithdrawResponse, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(WithdrawResponse command, CancellationToken cancellationToken)
    {
        var changed = await db.OpportunityResponses
            .Where(r => r.OpportunityId == command.OpportunityId && r.MemberId == command.MemberId && r.Status != ResponseStatus.Withdrawn)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, ResponseStatus.Withdrawn).SetProperty(r => r.UpdatedAt, clock.GetUtcNow()), cancellationToken);
        return changed == 0 ? OpportunityErrors.NoResponse : Unit.Value;
    }
}

/// <summary>A representative marks a response as under review, selected or not selected; the applicant is told.</summary>
/// <param name="Version">The response's row version on the representative's page; null skips that check (callers without a page).</param>
public sealed record SetResponseStatus(Guid OpportunityId, Guid ApplicantId, Guid RepresentativeId, ResponseStatus Status, uint? Version = null) : ICommand<Result<Unit>>;

public sealed class SetResponseStatusHandler(ClubDbContext db, TimeProvider clock, ReputationLedger reputation) : ICommandHandler<SetResponseStatus, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(SetResponseStatus command, CancellationToken cancellationToken)
    {
        if (command.Status is not (ResponseStatus.UnderReview or ResponseStatus.Selected or ResponseStatus.NotSelected))
        {
            return OpportunityErrors.NoResponse;
        }

        var opportunity = await db.Opportunities.Where(o => o.Id == command.OpportunityId)
            .Select(o => new { o.Id, o.Title, o.CompanyId }).SingleOrDefaultAsync(cancellationToken);
        if (opportunity?.CompanyId is not { } companyId)
        {
            return OpportunityErrors.NotFound;
        }

        if (!await Representatives.IsRepresentativeAsync(db, companyId, command.RepresentativeId, cancellationToken))
        {
            return OpportunityErrors.NotRepresentative;
        }

        // Two representatives deciding at once take turns on the row lock; the second finds a version other than its page's.
        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"SELECT 1 FROM opportunity_responses WHERE opportunity_id = {command.OpportunityId} AND member_id = {command.ApplicantId} FOR UPDATE", cancellationToken);
            var changed = await ChangeAsync(command, opportunity.Title, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return changed;
        });
        if (result.IsSuccess && command.Status == ResponseStatus.Selected)
        {
            await reputation.AwardAsync(command.ApplicantId, ReputationReasons.ResponseSelected, opportunity.Id, cancellationToken);
        }

        return result;
    }

    private async Task<Result<Unit>> ChangeAsync(SetResponseStatus command, string title, CancellationToken cancellationToken)
    {
        var response = await db.OpportunityResponses.SingleOrDefaultAsync(
            r => r.OpportunityId == command.OpportunityId && r.MemberId == command.ApplicantId && r.Status != ResponseStatus.Withdrawn, cancellationToken);
        if (response is null)
        {
            return OpportunityErrors.NoResponse;
        }

        if (command.Version is { } seen && seen != response.Version)
        {
            return OpportunityErrors.ResponseChanged;
        }

        var now = clock.GetUtcNow();
        response.Status = command.Status;
        response.UpdatedAt = now;
        db.Notifications.Add(new Notification
        {
            MemberId = command.ApplicantId,
            Kind = "opportunity.response_status",
            Subject = title,
            Note = command.Status.ToString(),
            Link = $"/opportunita/{command.OpportunityId}",
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
