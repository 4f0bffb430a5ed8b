using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
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
/// A member answers an open opportunity with a message, once (the primary key decides a double
/// submission). Representatives of the company cannot answer their own opportunity. They are told.
/// </summary>
[ChangesNoPublicPage("a response is seen by the applicant and the company's representatives only; visitors see no count of responses")]
/// <param name="CvUploadId">A CV or portfolio sent with the response (an upload of the applicant's, used nowhere yet).</param>
public sealed record RespondToOpportunity(Guid OpportunityId, string Message, Guid? CvUploadId = null) : ICommand<Result<Unit>>, ITransactional;

public sealed class RespondToOpportunityValidator : AbstractValidator<RespondToOpportunity>
{
    public RespondToOpportunityValidator(IStringLocalizer<ValidationMessages> text, ICurrentMember currentMember, ClubDbContext db)
    {
        RuleFor(c => c.Message)
            .Cascade(CascadeMode.Stop)
            .Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => text["Scrivi un messaggio: chi sei e perché sei la persona giusta."])
            .ClubMaxLength(text, OpportunityResponse.MessageMaxLength);
        RuleFor(c => c.CvUploadId)
            .MustAsync((id, ct) => db.Uploads.AnyAsync(
                u => u.Id == id && u.OwnerId == currentMember.RequiredId && u.Purpose == UploadPurpose.ResponseCv && u.UsedInKind == null, ct))
            .When(c => c.CvUploadId is not null)
            .WithMessage(_ => text["Il curriculum non è più disponibile: caricalo di nuovo."])
            .OverridePropertyName("CvFile");
    }
}

public sealed class RespondToOpportunityHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock, Moderation.ContentScreening screening)
    : ICommandHandler<RespondToOpportunity, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RespondToOpportunity command, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.Where(o => o.Id == command.OpportunityId)
            .Select(o => new { o.Id, o.Title, o.Status, o.CompanyId }).SingleOrDefaultAsync(cancellationToken);
        if (opportunity?.CompanyId is not { } companyId || opportunity.Status == OpportunityStatus.Draft)
        {
            return OpportunityErrors.NotFound;
        }

        var represents = await OpportunityPermissions.ManageRefusalAsync(db, currentMember, companyId, cancellationToken) is null;
        if (OpportunityPermissions.RespondRefusal(represents, opportunity.Status) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var message = command.Message.Trim();
        // A held response reaches the company (and its count) only when a moderator lets it through.
        var held = (await screening.CheckAsync(new(ContentKind.OpportunityResponse, opportunity.Id, currentMember.RequiredId, message, null), cancellationToken)).Held;
        var inserted = held
            ? await db.Database.ExecuteSqlAsync($"""
                INSERT INTO opportunity_responses (opportunity_id, member_id, message, status, screening, created_at, updated_at, cv_upload_id)
                VALUES ({opportunity.Id}, {currentMember.RequiredId}, {message}, {(int)ResponseStatus.Sent}, {(int)Screening.Held}, {now}, {now}, {command.CvUploadId})
                ON CONFLICT DO NOTHING
                """, cancellationToken)
            : await db.Database.ExecuteSqlAsync($"""
                WITH r AS (
                    INSERT INTO opportunity_responses (opportunity_id, member_id, message, status, created_at, updated_at, cv_upload_id)
                    VALUES ({opportunity.Id}, {currentMember.RequiredId}, {message}, {(int)ResponseStatus.Sent}, {now}, {now}, {command.CvUploadId})
                    ON CONFLICT DO NOTHING
                    RETURNING 1)
                UPDATE opportunities SET response_count = response_count + (SELECT count(*) FROM r) WHERE id = {opportunity.Id} AND EXISTS (SELECT 1 FROM r)
                """, cancellationToken);
        if (inserted == 0)
        {
            return OpportunityErrors.AlreadyResponded;
        }

        if (command.CvUploadId is { } cv)
        {
            await db.Uploads.Where(u => u.Id == cv && u.OwnerId == currentMember.RequiredId && u.UsedInKind == null)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.UsedInKind, UploadPlace.OpportunityResponse).SetProperty(u => u.UsedInId, opportunity.Id), cancellationToken);
        }

        if (!held)
        {
            db.Raise(new OpportunityResponded(opportunity.Id, currentMember.RequiredId, now), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
