using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Features.Members;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.AccountSettings;
/// <summary>Gives one of the member's passkeys a name they recognise ("iPhone di lavoro").</summary>
[ChangesNoPublicPage("A member's own passkeys.")]
public sealed record RenamePasskey : ICommand<Result<string>>
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";
}

public sealed class RenamePasskeyValidator : AbstractValidator<RenamePasskey>
{
    public RenamePasskeyValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => text["Scrivi un nome per la passkey."])
            .MaximumLength(PasskeyIds.NameMaxLength).WithMessage(_ => text["Il nome può avere al massimo {0} caratteri.", PasskeyIds.NameMaxLength]);
}

public sealed class RenamePasskeyHandler(ICurrentMember currentMember, ClubDbContext db) : ICommandHandler<RenamePasskey, Result<string>>
{
    public async ValueTask<Result<string>> Handle(RenamePasskey command, CancellationToken cancellationToken)
    {
        var passkey = await PasskeyIds.FindAsync(db, currentMember.RequiredId, command.Id, cancellationToken);
        if (passkey is null)
        {
            return ProfileErrors.NotFound;
        }

        passkey.Data.Name = command.Name.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return passkey.Data.Name;
    }
}
