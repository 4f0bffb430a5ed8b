using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Moderation;

/// <summary>A moderator marks a domain (with its subdomains) or a phrase: texts that link to it or contain it are held.</summary>
[ChangesNoPublicPage("the marked list applies to texts written from now on")]
public sealed record AddSpamMarker : ICommand<Result<Guid>>
{
    public SpamMarkerKind Kind { get; init; }

    public string Value { get; init; } = "";

    /// <summary>The value as the check compares it: a bare domain, or a phrase in lower case without accents.</summary>
    public string? Normalized => Kind == SpamMarkerKind.Domain ? SpamText.HostOf(Value) : SpamText.Normalize(Value) is { Length: > 0 } p ? p : null;
}

public sealed class AddSpamMarkerValidator : AbstractValidator<AddSpamMarker>
{
    public const int PhraseMinLength = 4;

    public AddSpamMarkerValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => text["Scegli se segnare un dominio o una frase."]);
        RuleFor(c => c.Value).ClubMaxLength(text, SpamMarker.ValueMaxLength);
        RuleFor(c => c.Value)
            .Must((c, _) => c.Normalized is not null).When(c => c.Kind == SpamMarkerKind.Domain)
            .WithMessage(_ => text["Scrivi un dominio, per esempio offerte-spam.example."]);
        RuleFor(c => c.Value)
            .Must((c, _) => c.Normalized is { Length: >= PhraseMinLength }).When(c => c.Kind == SpamMarkerKind.Phrase)
            .WithMessage(_ => text["Scrivi una frase di almeno {0} lettere: una più corta tratterrebbe testi normali.", PhraseMinLength]);
    }
}

public sealed class AddSpamMarkerHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock, ContentScreening screening) : ICommandHandler<AddSpamMarker, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(AddSpamMarker command, CancellationToken cancellationToken)
    {
        var value = command.Normalized!;
        if (await db.SpamMarkers.AnyAsync(m => m.Kind == command.Kind && m.Value == value, cancellationToken))
        {
            return ModerationErrors.MarkerExists;
        }

        var now = clock.GetUtcNow();
        var marker = new SpamMarker { Kind = command.Kind, Value = value, AddedById = currentMember.RequiredId, AddedAt = now };
        db.SpamMarkers.Add(marker);
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.AddSpamMarker, AuditTargets.SpamMarker, marker.Id, value, now);
        await db.SaveChangesAsync(cancellationToken);
        await screening.MarksChangedAsync(cancellationToken);
        return marker.Id;
    }
}
