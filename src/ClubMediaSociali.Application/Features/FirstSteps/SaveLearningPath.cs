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

/// <summary>
/// A moderator composes or changes a learning path of "Primi passi": a title, a few words of
/// introduction, and published practices in reading order (one address per line).
/// </summary>
[ChangesPages(PublicPages.Everything)]
public sealed record SaveLearningPath : ICommand<Result<string>>
{
    /// <summary>Null for a new path.</summary>
    public Guid? PathId { get; init; }

    [SingleLine]
    public string Title { get; init; } = "";

    public string? Intro { get; init; }

    /// <summary>One practice per line: its page's address or its identifier.</summary>
    public string? Practices { get; init; }

    public int Position { get; init; }
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
        RuleFor(c => c.Practices)
            .Cascade(CascadeMode.Stop)
            .Must(p => PracticeReferences.Parse(p) is { Length: > 0 }).WithMessage(_ => text["Indica almeno una pratica, con l'indirizzo della sua pagina su una riga."])
            .Must(p => PracticeReferences.Parse(p)!.Length <= LearningPath.MaxPractices)
                .WithMessage(_ => text["Al massimo {0} pratiche in un percorso.", LearningPath.MaxPractices])
            .MustAsync((p, ct) => PracticeReferences.AllPublishedAsync(db, p, ct))
                .WithMessage(_ => text["Ogni riga deve indicare una pratica pubblicata: copia l'indirizzo dalla sua pagina."]);
    }
}

public sealed class SaveLearningPathHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SaveLearningPath, Result<string>>
{
    public async ValueTask<Result<string>> Handle(SaveLearningPath command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        LearningPath path;
        if (command.PathId is { } id)
        {
            var existing = await db.LearningPaths.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (existing is null)
            {
                return LearningPathErrors.NotFound;
            }

            path = existing;
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
        path.PracticeIds = PracticeReferences.Parse(command.Practices) ?? [];
        path.Position = command.Position;
        path.UpdatedAt = now;
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.SaveLearningPath, AuditTargets.LearningPath, path.Id, path.Title, now);
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
