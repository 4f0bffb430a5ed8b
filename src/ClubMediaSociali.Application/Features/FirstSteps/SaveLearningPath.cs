using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Repertoire;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.FirstSteps;

/// <summary>
/// A moderator composes or changes a learning path of "Primi passi": a title, a few words of introduction,
/// and its steps in reading order, each a published practice with a note on why it comes there. A draft is
/// seen by moderators only; a published path needs at least one step. Each save is audited, and so is
/// each passage between draft and published.
/// </summary>
[ChangesPages(PublicPages.Everything)]
public sealed record SaveLearningPath : ICommand<Result<string>>, ITransactional
{
    /// <summary>Null for a new path.</summary>
    public Guid? PathId { get; init; }

    [SingleLine]
    public string Title { get; init; } = "";

    public string? Intro { get; init; }

    public int Position { get; init; }

    public bool IsDraft { get; init; }

    /// <summary>The steps in reading order.</summary>
    public PathStepInput[] Steps { get; init; } = [];
}

public sealed record PathStepInput
{
    public Guid PracticeId { get; init; }

    public string? Note { get; init; }
}

public sealed class SaveLearningPathValidator : AbstractValidator<SaveLearningPath>
{
    public SaveLearningPathValidator(IStringLocalizer<ValidationMessages> text, ClubDbContext db)
    {
        RuleFor(c => c.Title)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Dai un titolo al percorso."])
            .ClubMaxLength(text, LearningPath.TitleMaxLength);
        RuleFor(c => c.Intro).ClubMaxLength(text, LearningPath.IntroMaxLength);
        RuleFor(c => c.Position).InclusiveBetween(0, 1000).WithMessage(_ => text["Scrivi un numero tra 0 e 1000."]);
        RuleFor(c => c.Steps)
            .Cascade(CascadeMode.Stop)
            .Must((c, steps) => c.IsDraft || steps.Length > 0)
                .WithMessage(_ => text["Un percorso pubblicato ha almeno un passo: aggiungi una pratica o salvalo come bozza."])
            .Must(steps => steps.Length <= LearningPath.MaxSteps)
                .WithMessage(_ => text["Al massimo {0} passi in un percorso.", LearningPath.MaxSteps])
            .Must(steps => steps.Select(s => s.PracticeId).Distinct().Count() == steps.Length)
                .WithMessage(_ => text["Ogni pratica può comparire una volta sola nel percorso."])
            .MustAsync(async (steps, ct) =>
            {
                var ids = steps.Select(s => s.PracticeId).ToArray();
                return ids.Length == 0 || await db.Practices.CountAsync(p => ids.Contains(p.Id) && p.Status == PracticeStatus.Published, ct) == ids.Length;
            })
                .WithMessage(_ => text["Ogni passo deve essere una pratica pubblicata: toglila o scegline un'altra."]);
        RuleForEach(c => c.Steps).ChildRules(step => step.RuleFor(s => s.Note).ClubMaxLength(text, LearningPathStep.NoteMaxLength));
    }
}

public sealed class SaveLearningPathHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SaveLearningPath, Result<string>>
{
    public async ValueTask<Result<string>> Handle(SaveLearningPath command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var moderator = currentMember.RequiredId;
        LearningPath path;
        bool? wasDraft = null;
        if (command.PathId is { } id)
        {
            var existing = await db.LearningPaths.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (existing is null)
            {
                return LearningPathErrors.NotFound;
            }

            path = existing;
            wasDraft = existing.IsDraft;
            await db.LearningPathSteps.Where(s => s.PathId == id).ExecuteDeleteAsync(cancellationToken);
        }
        else
        {
            var slug = Slugs.From(command.Title);
            var taken = await db.LearningPaths.Where(p => p.Slug == slug || p.Slug.StartsWith(slug + "-")).Select(p => p.Slug).ToListAsync(cancellationToken);
            path = new LearningPath { Slug = Unique(slug, taken), Title = "", CreatedAt = now };
            db.LearningPaths.Add(path);
        }

        path.Title = command.Title.Trim();
        path.Intro = command.Intro?.Trim() ?? "";
        path.Position = command.Position;
        path.IsDraft = command.IsDraft;
        path.UpdatedAt = now;
        db.LearningPathSteps.AddRange(command.Steps.Select((s, index) => new LearningPathStep
        {
            PathId = path.Id,
            Number = index + 1,
            PracticeId = s.PracticeId,
            Note = s.Note?.Trim() ?? "",
        }));

        db.AuditLog.Record(moderator, wasDraft is null ? AuditActions.CreateLearningPath : AuditActions.SaveLearningPath,
            AuditTargets.LearningPath, path.Id, path.Title, now);
        // A new path published at once, or an existing one changing hands between draft and published.
        if (wasDraft != path.IsDraft && !(wasDraft is null && path.IsDraft))
        {
            db.AuditLog.Record(moderator, path.IsDraft ? AuditActions.UnpublishLearningPath : AuditActions.PublishLearningPath,
                AuditTargets.LearningPath, path.Id, path.Title, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return path.Slug;
    }

    internal static string Unique(string slug, IReadOnlyCollection<string> taken)
    {
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
