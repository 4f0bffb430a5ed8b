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

/// <summary>
/// A suspended member asks to be reinstated. They cannot sign in, so the web layer vouches for who they are (a
/// signed token given on the suspension page after their password); one open appeal at a time.
/// </summary>
[ChangesNoPublicPage("an appeal is read by moderators only")]
public sealed record AppealSuspension : ICommand<Result<Unit>>
{
    public Guid MemberId { get; init; }

    public string Text { get; init; } = "";
}

public sealed class AppealSuspensionValidator : AbstractValidator<AppealSuspension>
{
    public AppealSuspensionValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Spiega ai moderatori perché la sospensione è un errore."]);
        RuleFor(c => c.Text).ClubMaxLength(text, SuspensionAppeal.TextMaxLength);
    }
}

public sealed class AppealSuspensionHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<AppealSuspension, Result<Unit>>
{
    public static readonly Error AlreadySent = Error.Conflict("moderation.appeal_sent");

    public async ValueTask<Result<Unit>> Handle(AppealSuspension command, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(m => m.Id == command.MemberId && m.SuspendedAt != null && m.DeletedAt == null, cancellationToken))
        {
            return ModerationErrors.NotSuspended;
        }

        if (await db.SuspensionAppeals.AnyAsync(a => a.MemberId == command.MemberId && a.ClosedAt == null, cancellationToken))
        {
            return AlreadySent;
        }

        db.SuspensionAppeals.Add(new SuspensionAppeal { MemberId = command.MemberId, Text = command.Text.Trim(), SentAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
