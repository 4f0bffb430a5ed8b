using ClubMediaSociali.Application.Features.Editions;
using Mediator;

namespace ClubMediaSociali.Web.Infrastructure.Jobs;

/// <summary>
/// The Club's weekly updates: on Monday morning the week's draft edition is prepared for the moderators; every
/// minute the editions whose time has come start, and at most <c>Newsletter:MailsPerMinute</c> mails leave
/// (the throttle that keeps the mail server and its reputation happy). Several instances and restarts send
/// each subscriber one copy (see <see cref="EditionDelivery"/>).
/// </summary>
public sealed class NewsletterJob(IMediator mediator, EditionDelivery delivery, IConfiguration configuration)
{
    public const int DefaultMailsPerMinute = 120;

    public Task<Guid> PrepareAsync(CancellationToken cancellationToken) => mediator.Send(new PrepareEdition(), cancellationToken).AsTask();

    public Task<int> SendAsync(CancellationToken cancellationToken) =>
        delivery.RunAsync(configuration.GetValue("Newsletter:MailsPerMinute", DefaultMailsPerMinute), cancellationToken);
}
