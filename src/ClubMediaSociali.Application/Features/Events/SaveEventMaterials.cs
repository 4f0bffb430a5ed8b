using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Events;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// The organisers list the event's materials (the slides, the recording, other links), from its start on: the whole
/// list at once, in their order; rows left empty are dropped. Files are attached to the practice made from the event.
/// </summary>
[ChangesPages(PublicPages.Events)]
public sealed record SaveEventMaterials : ICommand<Result<Guid>>, ITransactional
{
    public Guid EventId { get; init; }

    public List<MaterialLine> Materials { get; init; } = [];

    public IReadOnlyList<MaterialLine> Filled => [.. Materials.Where(m => !string.IsNullOrWhiteSpace(m.Title) || !string.IsNullOrWhiteSpace(m.Url))];
}

public sealed record MaterialLine
{
    public MaterialKind Kind { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }
}

public sealed class SaveEventMaterialsValidator : AbstractValidator<SaveEventMaterials>
{
    public SaveEventMaterialsValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Filled).Must(m => m.Count <= EventMaterial.Max).WithName(nameof(SaveEventMaterials.Materials))
            .WithMessage(_ => text["Al massimo {0} materiali.", EventMaterial.Max]);
        RuleForEach(c => c.Materials).ChildRules(line =>
        {
            line.RuleFor(m => m.Title).ClubMaxLength(text, EventMaterial.TitleMaxLength);
            line.RuleFor(m => m.Title).Must((m, t) => string.IsNullOrWhiteSpace(m.Url) || !string.IsNullOrWhiteSpace(t))
                .WithMessage(_ => text["Dai un titolo a questo materiale."]);
            line.RuleFor(m => m.Url).ClubWebAddress(text, Event.UrlMaxLength);
            line.RuleFor(m => m.Url).Must((m, u) => string.IsNullOrWhiteSpace(m.Title) || !string.IsNullOrWhiteSpace(u))
                .WithMessage(_ => text["Indica l'indirizzo del materiale, che inizi con https://"]);
            line.RuleFor(m => m.Kind).IsInEnum().WithMessage(_ => text["Scegli un tipo dall'elenco."]);
        });
    }
}

public sealed class SaveEventMaterialsHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SaveEventMaterials, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SaveEventMaterials command, CancellationToken cancellationToken)
    {
        var e = await db.Events.SingleOrDefaultAsync(x => x.Id == command.EventId, cancellationToken);
        if (e is null)
        {
            return EventErrors.NotFound;
        }

        if (!await EventPermissions.ManagesAsync(db, currentMember, e, cancellationToken))
        {
            return EventErrors.NotOrganizer;
        }

        var now = clock.GetUtcNow();
        if (e.Status == EventStatus.Cancelled)
        {
            return EventErrors.Cancelled;
        }

        if (now < e.StartsAt)
        {
            return EventErrors.NotStarted;
        }

        e.Materials = [.. command.Filled.Select(m => new EventMaterial(m.Kind, m.Title!.Trim(), m.Url!.Trim()))];
        e.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return e.Id;
    }
}
