using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Newsletter;

/// <summary>
/// The subscriber leaves, from the link in any mail: their address and consent are deleted, nothing is kept.
/// True also when they had already left, so the link never shows an error to someone who clicked it twice.
/// </summary>
[ChangesNoPublicPage("Subscriptions are private.")]
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
