using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Newsletter;

public static class NewsletterErrors
{
    public static readonly Error AlreadySubscribed = Error.Invalid("newsletter.already_subscribed", nameof(SubscribeToNewsletter.Email));
}
