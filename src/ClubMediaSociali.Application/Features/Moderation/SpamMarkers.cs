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

/// <summary>The domains and phrases moderators have marked, newest first.</summary>
public sealed record GetSpamMarkers : IQuery<IReadOnlyList<SpamMarkerEntry>>
{
    public const int Limit = 500;
}

/// <param name="FromMember">For a domain added by marking a member as spam, that member's name and handle.</param>
public sealed record SpamMarkerEntry(Guid Id, SpamMarkerKind Kind, string Value, string? AddedBy, DateTimeOffset AddedAt, (string Name, string Handle)? FromMember);

public sealed class GetSpamMarkersHandler(ClubDbContext db) : IQueryHandler<GetSpamMarkers, IReadOnlyList<SpamMarkerEntry>>
{
    public async ValueTask<IReadOnlyList<SpamMarkerEntry>> Handle(GetSpamMarkers query, CancellationToken cancellationToken)
    {
        var rows = await db.SpamMarkers.AsNoTracking()
            .OrderByDescending(m => m.AddedAt).ThenBy(m => m.Value)
            .Take(GetSpamMarkers.Limit)
            .Select(m => new
            {
                m.Id,
                m.Kind,
                m.Value,
                m.AddedAt,
                AddedBy = db.Users.Where(u => u.Id == m.AddedById).Select(u => u.DisplayName).FirstOrDefault(),
                From = db.Users.Where(u => u.Id == m.FromMemberId).Select(u => new { u.DisplayName, u.Handle }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(m => new SpamMarkerEntry(m.Id, m.Kind, m.Value, m.AddedBy, m.AddedAt, m.From is null ? null : (m.From.DisplayName, m.From.Handle))).ToList();
    }
}

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

public sealed class AddSpamMarkerHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<AddSpamMarker, Result<Guid>>
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
        return marker.Id;
    }
}

/// <summary>A moderator takes a domain or phrase off the marked list.</summary>
[ChangesNoPublicPage("the marked list applies to texts written from now on")]
public sealed record RemoveSpamMarker(Guid MarkerId) : ICommand<Result<Unit>>;

public sealed class RemoveSpamMarkerHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<RemoveSpamMarker, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RemoveSpamMarker command, CancellationToken cancellationToken)
    {
        var marker = await db.SpamMarkers.SingleOrDefaultAsync(m => m.Id == command.MarkerId, cancellationToken);
        if (marker is null)
        {
            return ModerationErrors.NotFound;
        }

        db.SpamMarkers.Remove(marker);
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.RemoveSpamMarker, AuditTargets.SpamMarker, marker.Id, marker.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
