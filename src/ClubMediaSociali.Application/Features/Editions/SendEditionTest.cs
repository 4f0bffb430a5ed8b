using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Editions;

/// <summary>A moderator sends the edition to their own address, once in Italian and once in English, marked as a test.</summary>
[ChangesNoPublicPage("A test goes to the moderator only.")]
public sealed record SendEditionTest(Guid EditionId) : ICommand<Result<string>>;

public sealed class SendEditionTestHandler(ICurrentMember currentMember, ClubDbContext db, EditionMail mail, IClubEmailSender sender) : ICommandHandler<SendEditionTest, Result<string>>
{
    public async ValueTask<Result<string>> Handle(SendEditionTest command, CancellationToken cancellationToken)
    {
        var edition = await db.NewsletterEditions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == command.EditionId, cancellationToken);
        if (edition is null)
        {
            return EditionErrors.NotFound;
        }

        var memberId = currentMember.RequiredId;
        var email = await db.Users.Where(m => m.Id == memberId).Select(m => m.Email).SingleAsync(cancellationToken);
        foreach (var language in new[] { Language.Italian, Language.English })
        {
            await sender.SendAsync(mail.Compose(edition, language, email!, subscriberId: null, test: true), cancellationToken);
        }

        return email!;
    }
}
