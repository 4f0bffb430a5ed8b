using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Features.Repertoire;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>A moderator adds or corrects a glossary term: the word, a plain definition and related practices.</summary>
[ChangesPages(PublicPages.Everything)]
public sealed record SaveGlossaryTerm : ICommand<Result<string>>
{
    /// <summary>Null for a new term.</summary>
    public Guid? TermId { get; init; }

    [SingleLine]
    public string Term { get; init; } = "";

    public string Definition { get; init; } = "";

    /// <summary>One practice per line: its page's address or its identifier.</summary>
    public string? RelatedPractices { get; init; }
}

public sealed class SaveGlossaryTermValidator : AbstractValidator<SaveGlossaryTerm>
{
    public SaveGlossaryTermValidator(IStringLocalizer<ValidationMessages> text, ClubDbContext db)
    {
        RuleFor(c => c.Term)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Scrivi il termine."])
            .ClubMaxLength(text, GlossaryTerm.TermMaxLength)
            .MustAsync(async (command, term, ct) =>
            {
                var slug = Slugs.From(term);
                return !await db.GlossaryTerms.AnyAsync(t => t.Slug == slug && t.Id != command.TermId, ct);
            })
            .WithMessage(_ => text["Questo termine è già nel glossario."]);
        RuleFor(c => c.Definition)
            .Cascade(CascadeMode.Stop)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage(_ => text["Spiega il termine con parole semplici."])
            .ClubMaxLength(text, GlossaryTerm.DefinitionMaxLength);
        RuleFor(c => c.RelatedPractices)
            .Cascade(CascadeMode.Stop)
            .Must(p => PracticeReferences.Parse(p) is not null)
                .WithMessage(_ => text["Ogni riga deve indicare una pratica pubblicata: copia l'indirizzo dalla sua pagina."])
            .Must(p => PracticeReferences.Parse(p)!.Length <= GlossaryTerm.MaxRelated)
                .WithMessage(_ => text["Al massimo {0} pratiche collegate.", GlossaryTerm.MaxRelated])
            .MustAsync((p, ct) => PracticeReferences.AllPublishedAsync(db, p, ct))
                .WithMessage(_ => text["Ogni riga deve indicare una pratica pubblicata: copia l'indirizzo dalla sua pagina."]);
    }
}

public sealed class SaveGlossaryTermHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SaveGlossaryTerm, Result<string>>
{
    public async ValueTask<Result<string>> Handle(SaveGlossaryTerm command, CancellationToken cancellationToken)
    {
        GlossaryTerm term;
        if (command.TermId is { } id)
        {
            var existing = await db.GlossaryTerms.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (existing is null)
            {
                return GlossaryErrors.NotFound;
            }

            term = existing;
        }
        else
        {
            term = new GlossaryTerm { Term = "", Slug = "", Definition = "" };
            db.GlossaryTerms.Add(term);
        }

        var now = clock.GetUtcNow();
        term.Term = command.Term.Trim();
        term.Slug = Slugs.From(term.Term);
        term.Definition = command.Definition.Trim();
        term.RelatedPracticeIds = PracticeReferences.Parse(command.RelatedPractices) ?? [];
        term.UpdatedAt = now;
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.SaveGlossaryTerm, AuditTargets.GlossaryTerm, term.Id, term.Term, now);
        await db.SaveChangesAsync(cancellationToken);
        return term.Slug;
    }
}
