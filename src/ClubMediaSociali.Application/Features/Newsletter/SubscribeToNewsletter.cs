using System.Net;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Email;
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
        RuleFor(c => c.Email).ClubEmail(text);

        RuleFor(c => c.Name)
            .MaximumLength(NewsletterSubscriber.NameMaxLength)
            .WithMessage(_ => text["Il nome può avere al massimo {0} caratteri.", NewsletterSubscriber.NameMaxLength]);

        RuleFor(c => c.AcceptPrivacy)
            .Equal(true).WithMessage(_ => text["Per ricevere gli aggiornamenti serve il tuo consenso all'informativa sulla privacy."]);
    }
}

public sealed class SubscribeToNewsletterHandler(ClubDbContext db, TimeProvider clock, NewsletterEmails emails)
    : ICommandHandler<SubscribeToNewsletter, Result<NewsletterSubscription>>
{
    public async ValueTask<Result<NewsletterSubscription>> Handle(SubscribeToNewsletter command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim().ToLowerInvariant();
        var name = string.IsNullOrWhiteSpace(command.Name) ? null : command.Name.Trim();
        var now = clock.GetUtcNow();

        // Asking again before confirming renews the consent and sends a fresh link; a confirmed address is told so.
        var subscriber = await db.NewsletterSubscribers.SingleOrDefaultAsync(s => s.Email == email, cancellationToken);
        if (subscriber is { ConfirmedAt: not null })
        {
            return NewsletterErrors.AlreadySubscribed;
        }

        if (subscriber is null)
        {
            subscriber = new NewsletterSubscriber { Email = email, PrivacyPolicyVersion = PolicyVersions.Privacy, Culture = command.Culture };
            db.NewsletterSubscribers.Add(subscriber);
        }

        subscriber.Name = name;
        subscriber.PrivacyPolicyVersion = PolicyVersions.Privacy;
        subscriber.ConsentedAt = now;
        subscriber.Culture = command.Culture;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same address sent twice at once: the first request's mail is on its way.
            return new NewsletterSubscription(subscriber.Id, email);
        }

        await emails.SendConfirmationAsync(subscriber, cancellationToken);
        return new NewsletterSubscription(subscriber.Id, email);
    }
}

/// <summary>The subscriber opens the link in the confirmation mail: from now on the Club may write to them.</summary>
public sealed record ConfirmNewsletter(string? Token) : ICommand<bool>;

public sealed class ConfirmNewsletterHandler(ClubDbContext db, EmailTokens tokens, TimeProvider clock) : ICommandHandler<ConfirmNewsletter, bool>
{
    public async ValueTask<bool> Handle(ConfirmNewsletter command, CancellationToken cancellationToken)
    {
        if (tokens.Read(EmailTokens.NewsletterConfirm, command.Token) is not { } id)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var found = await db.NewsletterSubscribers.Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedAt, x => x.ConfirmedAt ?? now), cancellationToken);
        return found > 0;
    }
}

/// <summary>
/// The subscriber leaves, from the link in any mail: their address and consent are deleted, nothing is kept.
/// True also when they had already left, so the link never shows an error to someone who clicked it twice.
/// </summary>
public sealed record UnsubscribeFromNewsletter(string? Token) : ICommand<bool>;

public sealed class UnsubscribeFromNewsletterHandler(ClubDbContext db, EmailTokens tokens) : ICommandHandler<UnsubscribeFromNewsletter, bool>
{
    public async ValueTask<bool> Handle(UnsubscribeFromNewsletter command, CancellationToken cancellationToken)
    {
        if (tokens.Read(EmailTokens.NewsletterUnsubscribe, command.Token) is not { } id)
        {
            return false;
        }

        await db.NewsletterSubscribers.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        return true;
    }
}

/// <summary>The newsletter's own mail: the confirmation link, with the way out already in it.</summary>
public sealed class NewsletterEmails(IClubEmailSender sender, ISiteAddress site, EmailTokens tokens, IStringLocalizer<Common.Accounts.EmailTexts> text)
{
    public Task SendConfirmationAsync(NewsletterSubscriber subscriber, CancellationToken cancellationToken) =>
        sender.SendAsync(ReaderCulture.Run(subscriber.Culture, () =>
        {
            var confirm = site.Absolute($"/aggiornamenti/conferma?t={Uri.EscapeDataString(tokens.Create(EmailTokens.NewsletterConfirm, subscriber.Id, EmailTokens.ConfirmLifetime))}");
            var intro = text["Conferma che vuoi ricevere gli aggiornamenti del Club dei media sociali aprendo questo collegamento:"].Value;
            var closing = text["Se non sei stato tu, ignora questo messaggio: senza conferma non ti scriveremo più."].Value;
            var signature = text["Club dei media sociali"].Value;
            var textBody = $"{intro}\n\n{confirm}\n\n{closing}\n\n— {signature}\n";
            var htmlBody =
                $"<p>{WebUtility.HtmlEncode(intro)}</p><p><a href=\"{WebUtility.HtmlEncode(confirm)}\">{WebUtility.HtmlEncode(confirm)}</a></p>" +
                $"<p>{WebUtility.HtmlEncode(closing)}</p><p>— {WebUtility.HtmlEncode(signature)}</p>";
            return new EmailMessage(subscriber.Email, text["Conferma la tua iscrizione agli aggiornamenti"], textBody, htmlBody)
            {
                Headers = UnsubscribeHeaders(UnsubscribeLink(subscriber.Id)),
            };
        }),
        cancellationToken);

    public string UnsubscribeLink(Guid subscriberId) =>
        site.Absolute($"/aggiornamenti/disiscriviti?t={Uri.EscapeDataString(tokens.Create(EmailTokens.NewsletterUnsubscribe, subscriberId, EmailTokens.UnsubscribeLifetime))}");

    /// <summary>The headers mail clients turn into an "unsubscribe" button that works with one click (RFC 8058).</summary>
    public static IReadOnlyDictionary<string, string> UnsubscribeHeaders(string link) => new Dictionary<string, string>
    {
        ["List-Unsubscribe"] = $"<{link}>",
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
    };
}
