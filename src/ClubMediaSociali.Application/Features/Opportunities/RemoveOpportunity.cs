using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Features.Companies;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>
/// A moderator removes an opportunity that breaks the Club's rules: it closes, the page shows the
/// public reason, the representatives are told and the audit log keeps the act.
/// </summary>
[ChangesPages(PublicPages.Opportunities | PublicPages.Home)]
public sealed record RemoveOpportunity(Guid OpportunityId, string Reason) : ICommand<Result<Unit>>;

public sealed class RemoveOpportunityValidator : AbstractValidator<RemoveOpportunity>
{
    public RemoveOpportunityValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Reason)
            .Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => text["Scrivi il motivo: sarà visibile sulla pagina dell'opportunità."])
            .ClubMaxLength(text, Opportunity.ReasonMaxLength);
}

public sealed class RemoveOpportunityHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<RemoveOpportunity, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RemoveOpportunity command, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == command.OpportunityId && o.Status != OpportunityStatus.Draft, cancellationToken);
        if (opportunity?.CompanyId is not { } companyId)
        {
            return OpportunityErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var reason = command.Reason.Trim();
        opportunity.Status = OpportunityStatus.Closed;
        opportunity.ClosedBecause = OpportunityClosure.Removed;
        opportunity.RemovedReason = reason;
        opportunity.ClosedAt = now;
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.RemoveOpportunity, AuditTargets.Opportunity, opportunity.Id, opportunity.Title, now, reason);
        db.Raise(new OpportunityRemoved(opportunity.Id, reason, now), now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
