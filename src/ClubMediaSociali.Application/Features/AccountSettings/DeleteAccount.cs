using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Members;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>
/// A member deletes their account, confirming with their password. Personal data is erased; the row
/// stays as "ex membro" so what they wrote keeps an author and threads stay readable; signing in
/// becomes impossible.
/// </summary>
[ChangesPages(PublicPages.Everything)]
public sealed record DeleteAccount : ICommand<Result<Guid>>, ITransactional
{
    public string Password { get; init; } = "";
}

public sealed class DeleteAccountValidator : AbstractValidator<DeleteAccount>
{
    public DeleteAccountValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Password).NotEmpty().WithMessage(_ => text["Scrivi la tua password per confermare."]);
}

public sealed class DeleteAccountHandler(ICurrentMember currentMember,
    ClubDbContext db,
    UserManager<Member> users,
    TimeProvider clock,
    IStringLocalizer<ValidationMessages> text,
    ILogger<DeleteAccountHandler> logger, Media.MediaStore store, Conversations.MessageFiles messageFiles, Common.Accounts.MemberSessions sessions) : ICommandHandler<DeleteAccount, Result<Guid>>
{
    public const string FormerMemberName = "Ex membro";

    public async ValueTask<Result<Guid>> Handle(DeleteAccount command, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == currentMember.RequiredId && m.DeletedAt == null, cancellationToken);
        if (member is null)
        {
            return ProfileErrors.NotFound;
        }

        // A member without a password (who joined with a provider) confirms by writing their address.
        if (member.PasswordHash is null)
        {
            if (!string.Equals(command.Password.Trim(), member.Email, StringComparison.OrdinalIgnoreCase))
            {
                return Error.Invalid("members.wrong_email", nameof(DeleteAccount.Password), text["Scrivi l'indirizzo email del tuo account, esattamente."]);
            }
        }
        else if (!await users.CheckPasswordAsync(member, command.Password))
        {
            return Error.Invalid("members.wrong_password", nameof(DeleteAccount.Password), text["La password attuale non è corretta."]);
        }

        var formerEmail = member.Email!.ToLowerInvariant();
        var placeholder = $"ex-membro-{member.Id:N}@deleted.invalid";
        member.DisplayName = FormerMemberName;
        member.Handle = $"ex-membro-{member.Id:N}";
        member.Email = placeholder;
        member.NormalizedEmail = placeholder.ToUpperInvariant();
        member.UserName = placeholder;
        member.NormalizedUserName = placeholder.ToUpperInvariant();
        member.EmailConfirmed = false;
        member.PasswordHash = null;
        member.PhoneNumber = null;
        member.TwoFactorEnabled = false;
        member.SecurityStamp = Guid.NewGuid().ToString();
        member.LockoutEnabled = true;
        member.LockoutEnd = DateTimeOffset.MaxValue;
        member.Headline = null;
        member.BioMarkdown = null;
        member.BioHtml = null;
        member.CompanyName = null;
        member.City = null;
        member.Region = null;
        member.WebsiteUrl = member.LinkedInUrl = member.XUrl = member.FacebookUrl = member.InstagramUrl = member.YouTubeUrl = null;
        member.Skills = [];
        member.OffersTags = [];
        member.OffersText = null;
        member.SeeksTags = [];
        member.SeeksText = null;
        member.SecondaryRoleIds = [];
        member.Visibility = ProfileVisibility.MembersOnly;
        member.PhotoHash = null;
        member.DeletedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);

        await db.ConsentRecords.Where(c => c.MemberId == member.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == member.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == member.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == member.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == member.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserPasskeys.Where(p => p.UserId == member.Id).ExecuteDeleteAsync(cancellationToken);
        // Every browser signed in as the member is refused within seconds, on every instance.
        await sessions.EndAsync(member.Id, only: null, keep: null, cancellationToken);
        await db.NewsletterSubscribers.Where(s => s.Email == formerEmail).ExecuteDeleteAsync(cancellationToken);
        // Conversations nobody else keeps go with the account; the others keep theirs, with "Ex membro".
        await messageFiles.DeleteUnkeptAsync(member.Id, null, cancellationToken);
        // The member's pictures and files go (their photo, pictures in their texts, attachments, CVs), each with its
        // stored bytes unless another member's use shares them. Logos stay: they belong to the company's page.
        var files = await db.Uploads.AsNoTracking().Where(u => u.OwnerId == member.Id && u.Purpose != Domain.Media.UploadPurpose.Logo).ToListAsync(cancellationToken);
        await store.RemoveAsync(files, cancellationToken);

        logger.LogInformation("Member {MemberId} deleted their account", member.Id);
        return member.Id;
    }
}
