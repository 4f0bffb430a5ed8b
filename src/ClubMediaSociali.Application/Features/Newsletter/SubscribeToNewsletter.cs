using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Legal;
using ClubMediaSociali.Application.Domain.Newsletter;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace ClubMediaSociali.Application.Features.Newsletter;

/// <summary>
/// A visitor asks for the Club's email updates. Consent to the privacy notice is explicit and
/// recorded with its version; it is separate from any consent given when joining.
/// </summary>
public sealed record SubscribeToNewsletter : ICommand<Result<NewsletterSubscription>>
{
    public string Email { get; init; } = "";

    public string? Name { get; init; }

    public bool AcceptPrivacy { get; init; }

    /// <summary>Set by the caller from the request culture, never from the form.</summary>
    public string Culture { get; init; } = "it";
}

public sealed record NewsletterSubscription(Guid SubscriberId, string Email);

public static class NewsletterErrors
{
    public static readonly Error AlreadySubscribed = new("newsletter.already_subscribed", nameof(SubscribeToNewsletter.Email));
}

public sealed class SubscribeToNewsletterValidator : AbstractValidator<SubscribeToNewsletter>
{
    public SubscribeToNewsletterValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Email)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Scrivi il tuo indirizzo email."])
            .MaximumLength(NewsletterSubscriber.EmailMaxLength)
                .WithMessage(_ => text["L'indirizzo email può avere al massimo {0} caratteri.", NewsletterSubscriber.EmailMaxLength])
            .EmailAddress().WithMessage(_ => text["Questo indirizzo email non sembra valido: controlla che contenga @ e un dominio."]);

        RuleFor(c => c.Name)
            .MaximumLength(NewsletterSubscriber.NameMaxLength)
            .WithMessage(_ => text["Il nome può avere al massimo {0} caratteri.", NewsletterSubscriber.NameMaxLength]);

        RuleFor(c => c.AcceptPrivacy)
            .Equal(true).WithMessage(_ => text["Per ricevere gli aggiornamenti serve il tuo consenso all'informativa sulla privacy."]);
    }
}

public sealed class SubscribeToNewsletterHandler(ClubDbContext db, TimeProvider clock)
    : ICommandHandler<SubscribeToNewsletter, Result<NewsletterSubscription>>
{
    public async ValueTask<Result<NewsletterSubscription>> Handle(SubscribeToNewsletter command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim().ToLowerInvariant();
        var name = string.IsNullOrWhiteSpace(command.Name) ? null : command.Name.Trim();

        var subscriber = new NewsletterSubscriber
        {
            Email = email,
            Name = name,
            PrivacyPolicyVersion = PolicyVersions.Privacy,
            ConsentedAt = clock.GetUtcNow(),
            Culture = command.Culture,
        };
        db.NewsletterSubscribers.Add(subscriber);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return NewsletterErrors.AlreadySubscribed;
        }

        return new NewsletterSubscription(subscriber.Id, email);
    }
}
