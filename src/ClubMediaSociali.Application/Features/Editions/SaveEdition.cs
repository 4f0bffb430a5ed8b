using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Newsletter;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Editions;

/// <summary>A moderator writes an edition's title and introduction, in Italian and in English, until it starts leaving.</summary>
[ChangesNoPublicPage("Editions reach the archive only once sent.")]
public sealed record SaveEdition : ICommand<Result<Guid>>
{
    public Guid EditionId { get; init; }

    [SingleLine]
    public string TitleIt { get; init; } = "";

    [SingleLine]
    public string TitleEn { get; init; } = "";

    public string IntroIt { get; init; } = "";

    public string IntroEn { get; init; } = "";
}

public sealed class SaveEditionValidator : AbstractValidator<SaveEdition>
{
    public SaveEditionValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.TitleIt)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Scrivi il titolo in italiano: è l'oggetto dell'email."])
            .ClubMaxLength(text, NewsletterEdition.TitleMaxLength);
        RuleFor(c => c.TitleEn)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Scrivi il titolo in inglese: è l'oggetto dell'email per chi legge in inglese."])
            .ClubMaxLength(text, NewsletterEdition.TitleMaxLength);
        RuleFor(c => c.IntroIt)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Scrivi l'introduzione in italiano."])
            .ClubMaxLength(text, NewsletterEdition.IntroMaxLength);
        RuleFor(c => c.IntroEn)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Scrivi l'introduzione in inglese."])
            .ClubMaxLength(text, NewsletterEdition.IntroMaxLength);
    }
}

public sealed class SaveEditionHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SaveEdition, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SaveEdition command, CancellationToken cancellationToken)
    {
        if (!await db.NewsletterEditions.AnyAsync(e => e.Id == command.EditionId, cancellationToken))
        {
            return EditionErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var (titleIt, titleEn, introIt, introEn) = (command.TitleIt.Trim(), command.TitleEn.Trim(), command.IntroIt.Trim(), command.IntroEn.Trim());
        // The status is checked by the statement itself: an edition that started leaving meanwhile is not changed.
        var saved = await db.NewsletterEditions
            .Where(e => e.Id == command.EditionId && (e.Status == EditionStatus.Draft || e.Status == EditionStatus.Scheduled))
            .ExecuteUpdateAsync(u => u
                .SetProperty(e => e.TitleIt, titleIt).SetProperty(e => e.TitleEn, titleEn)
                .SetProperty(e => e.IntroIt, introIt).SetProperty(e => e.IntroEn, introEn)
                .SetProperty(e => e.UpdatedAt, now), cancellationToken);
        if (saved == 0)
        {
            return EditionErrors.AlreadySent;
        }

        db.AuditLog.Record(currentMember.RequiredId, AuditActions.SaveEdition, AuditTargets.NewsletterEdition, command.EditionId, titleIt, now);
        await db.SaveChangesAsync(cancellationToken);
        return command.EditionId;
    }
}
