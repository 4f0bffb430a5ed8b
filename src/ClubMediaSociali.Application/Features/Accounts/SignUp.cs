using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Accounts;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Limits;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Legal;
using ClubMediaSociali.Application.Domain.Members;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ClubMediaSociali.Application.Features.Accounts;

/// <summary>
/// A visitor joins the Club. Terms and privacy are accepted explicitly and recorded with their
/// versions; the digest is a separate consent, off unless ticked. The address must be confirmed
/// before the member can post anything: the confirmation mail follows the commit (<see cref="SendConfirmationMail"/>).
/// </summary>
[ChangesPages(PublicPages.Home | PublicPages.Members)]
public sealed record SignUp : ICommand<Result<SignedUp>>, ITransactional, IJoinChoices
{
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 128;

    [SingleLine]
    public string DisplayName { get; init; } = "";

    [SingleLine]
    public string Email { get; init; } = "";

    public string Password { get; init; } = "";

    public int PrimaryRoleId { get; init; }

    public bool AcceptTerms { get; init; }

    public bool AcceptDigest { get; init; }

    /// <summary>Honeypot: hidden from people, filled in by bots.</summary>
    public string? Website { get; init; }

    /// <summary>Set by the caller from the request culture, never from the form.</summary>
    public Language Language { get; init; }
}

/// <param name="MemberId">
/// Empty when nothing was created and the sender is not told: the honeypot caught a bot, or the address already
/// has an account (its owner is mailed).
/// </param>
public sealed record SignedUp(Guid MemberId);

public static class SignUpErrors
{
    public static Error PasswordRefused(string message) => Error.Invalid("members.password_refused", nameof(SignUp.Password), message);
}

public sealed class SignUpValidator : AbstractValidator<SignUp>
{
    public SignUpValidator(IStringLocalizer<ValidationMessages> text, ClubDbContext db)
    {
        RuleFor(c => c.DisplayName)
            .ClubDisplayName(text);

        RuleFor(c => c.Email).ClubEmail(text);

        RuleFor(c => c.Password).ClubNewPassword(text);

        RuleFor(c => c.PrimaryRoleId).ClubPrimaryRole(text, db);

        RuleFor(c => c.AcceptTerms).ClubTermsAccepted(text);
    }
}

public sealed class SignUpHandler(
    ClubDbContext db,
    UserManager<Member> users,
    MailLimits limits,
    TimeProvider clock,
    Moderation.ContentScreening screening,
    Common.Limits.IRequestOrigin origin,
    ILogger<SignUpHandler> logger) : ICommandHandler<SignUp, Result<SignedUp>>
{
    public async ValueTask<Result<SignedUp>> Handle(SignUp command, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(command.Website))
        {
            logger.LogWarning("Sign-up honeypot filled: nothing created");
            return new SignedUp(Guid.Empty);
        }

        var now = clock.GetUtcNow();
        var email = command.Email.Trim();
        var member = new Member
        {
            DisplayName = command.DisplayName.Trim(),
            Email = email,
            UserName = email,
            PrimaryRoleId = command.PrimaryRoleId,
            JoinedAt = now,
            Culture = command.Language.Code(),
            DigestFrequency = command.AcceptDigest ? Domain.Notifications.DigestFrequency.Weekly : Domain.Notifications.DigestFrequency.Off,
        };

        // The password is judged the same way for every address, before anything depends on whether it is taken.
        foreach (var validator in users.PasswordValidators)
        {
            var judged = await validator.ValidateAsync(users, member, command.Password);
            if (!judged.Succeeded)
            {
                return SignUpErrors.PasswordRefused(string.Join(' ', judged.Errors.Select(e => e.Description).Distinct()));
            }
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return await AlreadyMemberAsync(member, command.Password, now, cancellationToken);
        }

        member.Handle = await FreeHandles.FindAsync(db, Handles.FromDisplayName(command.DisplayName), cancellationToken);
        var created = await users.CreateAsync(member, command.Password);
        if (!created.Succeeded)
        {
            // The same address sent twice at once: the second request is answered as for a taken address.
            return created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? await AlreadyMemberAsync(member, command.Password, now, cancellationToken)
                : SignUpErrors.PasswordRefused(string.Join(' ', created.Errors.Select(e => e.Description).Distinct()));
        }

        JoinConsents.Record(db, member.Id, command.AcceptDigest, now);
        screening.RecordSignUp(member.Id, origin.Address, now);
        if (await limits.MaySendAsync(RequestedMail.Confirmation, email, cancellationToken))
        {
            db.Raise(new MemberSignedUp(member.Id), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Member {MemberId} signed up", member.Id);
        return new SignedUp(member.Id);
    }

    /// <summary>
    /// Signing up with an address that has an account answers as a new sign-up does, after the same work (the
    /// password is hashed all the same), and mails the owner instead, so the form tells no one who is a member.
    /// </summary>
    private async Task<Result<SignedUp>> AlreadyMemberAsync(Member candidate, string password, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _ = users.PasswordHasher.HashPassword(candidate, password);
        if (await limits.MaySendAsync(RequestedMail.AlreadyMember, candidate.Email!, cancellationToken))
        {
            db.Raise(new AccountMailRequested(candidate.Email!, RequestedMail.AlreadyMember), now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new SignedUp(Guid.Empty);
    }
}
