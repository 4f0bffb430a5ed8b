using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Limits;
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
[ChangesNoPublicPage("Subscriptions are private.")]
public sealed record SubscribeToNewsletter : ICommand<Result<NewsletterSubscription>>
{
    public string Email { get; init; } = "";

    public string? Name { get; init; }

    public bool AcceptPrivacy { get; init; }

    /// <summary>Set by the caller from the request culture, never from the form.</summary>
    public Language Language { get; init; }
}

public sealed record NewsletterSubscription(Guid SubscriberId, string Email);

public sealed class SubscribeToNewsletterValidator : AbstractValidator<SubscribeToNewsletter>
{
    public SubscribeToNewsletterValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Email).ClubEmail(text);

        RuleFor(c => c.Name)
            .MaximumLength(NewsletterSubscriber.NameMaxLength)
            .WithMessage(_ => text["Il nome può avere al massimo {0} caratteri.", NewsletterSubscriber.NameMaxLength]);

        RuleFor(c => c.AcceptPrivacy)
            .Equal(true).WithMessage(_ => text["Per ricevere gli aggiornamenti serve il tuo consenso all'informativa sulla privacy."]);
    }
}

public sealed class SubscribeToNewsletterHandler(ClubDbContext db, TimeProvider clock, NewsletterEmails emails, MailLimits limits)
    : ICommandHandler<SubscribeToNewsletter, Result<NewsletterSubscription>>
{
    public async ValueTask<Result<NewsletterSubscription>> Handle(SubscribeToNewsletter command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim().ToLowerInvariant();
        var name = string.IsNullOrWhiteSpace(command.Name) ? null : command.Name.Trim();
        var now = clock.GetUtcNow();

        // Asking again before confirming renews the consent and sends a fresh link. A confirmed address gets the
        // same answer as a new one (the form does not tell who is subscribed) and its owner a mail saying so.
        // Either way the mail goes within the limits of MailLimits, and silently not beyond them.
        var subscriber = await db.NewsletterSubscribers.SingleOrDefaultAsync(s => s.Email == email, cancellationToken);
        if (subscriber is { ConfirmedAt: not null })
        {
            if (await limits.MaySendAsync(RequestedMail.NewsletterConfirmation, email, cancellationToken))
            {
                await emails.SendAlreadySubscribedAsync(subscriber, cancellationToken);
            }

            return new NewsletterSubscription(subscriber.Id, email);
        }

        if (subscriber is null)
        {
            subscriber = new NewsletterSubscriber { Email = email, PrivacyPolicyVersion = PolicyVersions.Privacy, Culture = command.Language.Code() };
            db.NewsletterSubscribers.Add(subscriber);
        }

        subscriber.Name = name;
        subscriber.PrivacyPolicyVersion = PolicyVersions.Privacy;
        subscriber.ConsentedAt = now;
        subscriber.Culture = command.Language.Code();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same address sent twice at once: the first request's mail is on its way.
            return new NewsletterSubscription(subscriber.Id, email);
        }

        if (await limits.MaySendAsync(RequestedMail.NewsletterConfirmation, email, cancellationToken))
        {
            await emails.SendConfirmationAsync(subscriber, cancellationToken);
        }

        return new NewsletterSubscription(subscriber.Id, email);
    }
}
