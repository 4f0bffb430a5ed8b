using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Features.Companies;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Opportunities;

/// <summary>
/// A representative writes an opportunity for their company (<see cref="OpportunityId"/> null) or edits
/// one still a draft or open. With <see cref="Publish"/> a draft opens to everyone.
/// </summary>
[ChangesPages(PublicPages.Opportunities | PublicPages.Home | PublicPages.Companies)]
public sealed record SaveOpportunity : ICommand<Result<Guid>>, ITransactional
{
    public Guid? OpportunityId { get; init; }

    /// <summary>The company's address word; used when creating.</summary>
    public string? Company { get; init; }

    public OpportunityKind? Kind { get; init; }

    [SingleLine]
    public string Title { get; init; } = "";

    [Markdown]
    public string Description { get; init; } = "";

    public int[] RoleIds { get; init; } = [];

    [SingleLine]
    public string? Skills { get; init; }

    public ItalianRegion? Region { get; init; }

    public bool Remote { get; init; }

    public int? BudgetMin { get; init; }

    public int? BudgetMax { get; init; }

    public DateOnly? Deadline { get; init; }

    public bool Publish { get; init; }

    /// <summary>The documents attached (a brief, a specification), in order.</summary>
    public Guid[] AttachmentIds { get; init; } = [];
}

public sealed class SaveOpportunityValidator : AbstractValidator<SaveOpportunity>
{
    public SaveOpportunityValidator(ICurrentMember currentMember, IStringLocalizer<ValidationMessages> text, ClubDbContext db, TimeProvider clock, Reputation.NewcomerLinks links, Media.Attachments attachments)
    {
        RuleFor(c => c.Kind)
            .Must(k => k is { } kind && Enum.IsDefined(kind)).WithMessage(_ => text["Scegli il tipo di opportunità."]);
        RuleFor(c => c.Title)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Dai un titolo all'opportunità."])
            .ClubMaxLength(text, Opportunity.TitleMaxLength);
        RuleFor(c => c.Description)
            .Cascade(CascadeMode.Stop)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage(_ => text["Descrivi l'opportunità: che cosa cercate, per fare che cosa, con quali tempi."])
            .ClubMaxLength(text, Opportunity.DescriptionMaxLength)
            .ClubNewcomerLinks(text, links, currentMember);
        RuleFor(c => c.RoleIds)
            .Cascade(CascadeMode.Stop)
            .Must(ids => ids.Distinct().Count() <= Opportunity.MaxRoles).WithMessage(_ => text["Scegli al massimo {0} ruoli.", Opportunity.MaxRoles])
            .ClubRoleIds(text, db);
        RuleFor(c => c.Skills).ClubTags(text);
        RuleFor(c => c.Region)
            .Must(r => r is null || Enum.IsDefined(r.Value)).WithMessage(_ => text["Scegli una regione dall'elenco."])
            .Must((c, r) => r is not null || c.Remote).WithMessage(_ => text["Indica una regione, oppure che si può lavorare a distanza."]);
        RuleFor(c => c.BudgetMin)
            .Must(b => b is null or >= 0).WithMessage(_ => text["Il compenso non può essere negativo."]);
        RuleFor(c => c.BudgetMax)
            .Must(b => b is null or >= 0).WithMessage(_ => text["Il compenso non può essere negativo."])
            .Must((c, max) => max is null || c.BudgetMin is null || max >= c.BudgetMin)
                .WithMessage(_ => text["Il massimo deve essere almeno pari al minimo."]);
        RuleFor(c => c.AttachmentIds)
            .Cascade(CascadeMode.Stop)
            .Must(ids => ids.Distinct().Count() <= Media.Attachments.MaxPerItem)
                .WithMessage(_ => text["Al massimo {0} allegati.", Media.Attachments.MaxPerItem])
            .MustAsync((command, ids, ct) => attachments.MayNameAsync(ids, currentMember.RequiredId, UploadPlace.Opportunity, command.OpportunityId, ct))
                .WithMessage(_ => text["Uno degli allegati non è più disponibile: caricalo di nuovo."])
            .OverridePropertyName("NewAttachments");
        RuleFor(c => c.Deadline)
            .Must(d => d is null || d.Value >= ItalianCalendar.Today(clock)).WithMessage(_ => text["La scadenza non può essere già passata."]);
    }
}

/// <summary>Deadlines are days in Italy, whatever the server's time zone.</summary>
public sealed class SaveOpportunityHandler(
    ICurrentMember currentMember, ClubDbContext db, MarkdownRenderer markdown, TimeProvider clock, Moderation.ContentScreening screening, Media.Attachments attachments,
    Media.ContentImageUses images)
    : ICommandHandler<SaveOpportunity, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SaveOpportunity command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Opportunity opportunity;
        if (command.OpportunityId is { } id)
        {
            var found = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == id && o.Status != OpportunityStatus.Closed, cancellationToken);
            if (found?.CompanyId is not { } companyId)
            {
                return OpportunityErrors.NotFound;
            }

            if (await OpportunityPermissions.ManageRefusalAsync(db, currentMember, companyId, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            opportunity = found;
        }
        else
        {
            var companyId = await db.Companies.Where(c => c.Slug == command.Company).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
            if (companyId is null)
            {
                return OpportunityErrors.NotFound;
            }

            if (await OpportunityPermissions.ManageRefusalAsync(db, currentMember, companyId.Value, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            opportunity = new Opportunity { Title = "", CompanyId = companyId, AuthorId = currentMember.RequiredId, Status = OpportunityStatus.Draft, CreatedAt = now };
            db.Opportunities.Add(opportunity);
        }

        opportunity.Kind = command.Kind!.Value;
        opportunity.Title = command.Title.Trim();
        opportunity.DescriptionMarkdown = command.Description.Trim();
        opportunity.DescriptionHtml = markdown.ToSafeHtml(opportunity.DescriptionMarkdown);
        opportunity.RoleIds = [.. command.RoleIds.Distinct().Order()];
        opportunity.Skills = Tags.Parse(command.Skills);
        opportunity.Region = command.Region;
        opportunity.Remote = command.Remote;
        opportunity.BudgetMin = command.BudgetMin;
        opportunity.BudgetMax = command.BudgetMax;
        opportunity.Deadline = command.Deadline;
        opportunity.AttachmentIds = [.. command.AttachmentIds.Distinct()];
        opportunity.UpdatedAt = now;
        if (command.Publish && opportunity.Status == OpportunityStatus.Draft)
        {
            opportunity.Status = OpportunityStatus.Open;
            opportunity.PublishedAt = now;
            db.Raise(new OpportunityOpened(opportunity.Id, now), now);
        }

        var screened = new Moderation.ScreenedText(
            ContentKind.Opportunity, opportunity.Id, currentMember.RequiredId, opportunity.Title + "\n\n" + opportunity.DescriptionMarkdown, opportunity.DescriptionHtml,
            Excerpt: opportunity.DescriptionMarkdown);
        if ((await screening.CheckAsync(screened, cancellationToken)).Held)
        {
            opportunity.Screening = Screening.Held;
        }

        await db.SaveChangesAsync(cancellationToken);
        await attachments.KeepInStepAsync(UploadPlace.Opportunity, opportunity.Id, opportunity.AttachmentIds, cancellationToken);
        await images.KeepInStepAsync(UploadPlace.Opportunity, opportunity.Id, currentMember.RequiredId, [opportunity.DescriptionMarkdown], cancellationToken);
        return opportunity.Id;
    }
}
