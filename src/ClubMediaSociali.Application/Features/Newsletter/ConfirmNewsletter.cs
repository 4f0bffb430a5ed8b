using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Newsletter;

/// <summary>The subscriber opens the link in the confirmation mail: from now on the Club may write to them.</summary>
[ChangesNoPublicPage("Subscriptions are private.")]
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
