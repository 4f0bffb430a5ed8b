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
/// A visitor joins with an account they have at a provider (LinkedIn, Google, Microsoft…): the Club's consents are
/// asked as for any sign-up, the account has no password, and the provider's account is its way in. The address
/// counts as confirmed only when the provider vouched for that very address; otherwise it is confirmed by mail.
/// An address that already has an account is never joined or linked here: its owner signs in and links the
/// provider from their account page (nothing is matched by email, ADR-019).
/// </summary>
[ChangesPages(PublicPages.Home | PublicPages.Members)]
public sealed record JoinWithProvider : ICommand<Result<SignedUp>>, ITransactional, IJoinChoices
{
    [SingleLine]
    public string DisplayName { get; init; } = "";

    [SingleLine]
    public string Email { get; init; } = "";

    public int PrimaryRoleId { get; init; }

    public bool AcceptTerms { get; init; }

    public bool AcceptDigest { get; init; }

    /// <summary>Set by the caller from the provider's answer, never from the form: the scheme, the subject and the provider's name.</summary>
    public ExternalAccount? Account { get; init; }

    /// <summary>Set by the caller from the request culture.</summary>
    public Language Language { get; init; }
}

/// <param name="VerifiedEmail">The address the provider says it checked ("email_verified"), or null.</param>
public sealed record ExternalAccount(string Provider, string Subject, string ProviderName, string? VerifiedEmail);

public sealed class JoinWithProviderValidator : AbstractValidator<JoinWithProvider>
{
    public JoinWithProviderValidator(IStringLocalizer<ValidationMessages> text, ClubDbContext db)
    {
        RuleFor(c => c.DisplayName).ClubDisplayName(text);
        RuleFor(c => c.Email).ClubEmail(text);
        RuleFor(c => c.PrimaryRoleId).ClubPrimaryRole(text, db);
        RuleFor(c => c.AcceptTerms).ClubTermsAccepted(text);
    }
}

public sealed class JoinWithProviderHandler(
    ClubDbContext db,
    UserManager<Member> users,
    MailLimits limits,
    TimeProvider clock,
    Moderation.ContentScreening screening,
    IRequestOrigin origin,
    IStringLocalizer<ValidationMessages> text,
    ILogger<JoinWithProviderHandler> logger) : ICommandHandler<JoinWithProvider, Result<SignedUp>>
{
    public async ValueTask<Result<SignedUp>> Handle(JoinWithProvider command, CancellationToken cancellationToken)
    {
        if (command.Account is not { } account)
        {
            return Error.Conflict("accounts.external_missing");
        }

        if (await users.FindByLoginAsync(account.Provider, account.Subject) is not null)
        {
            return Error.Conflict("accounts.external_linked");
        }

        var email = command.Email.Trim();
        var vouched = account.VerifiedEmail is { } verified && string.Equals(verified.Trim(), email, StringComparison.OrdinalIgnoreCase);
        if (await users.FindByEmailAsync(email) is not null)
        {
            // The provider proved the address is theirs: telling them it has an account tells them nothing new.
            if (vouched)
            {
                return Error.Invalid("accounts.email_taken", nameof(JoinWithProvider.Email),
                    text["Questo indirizzo ha già un account nel Club: accedi con quello e collega {0} dalla pagina del tuo account.", account.ProviderName]);
            }

            // Otherwise the answer is a sign-up's, and the address's owner is told by mail (as SignUp does).
            var now = clock.GetUtcNow();
            if (await limits.MaySendAsync(RequestedMail.AlreadyMember, email, cancellationToken))
            {
                db.Raise(new AccountMailRequested(email, RequestedMail.AlreadyMember), now);
                await db.SaveChangesAsync(cancellationToken);
            }

            return new SignedUp(Guid.Empty);
        }

        var joinedAt = clock.GetUtcNow();
        var member = new Member
        {
            DisplayName = command.DisplayName.Trim(),
            Email = email,
            UserName = email,
            EmailConfirmed = vouched,
            PrimaryRoleId = command.PrimaryRoleId,
            JoinedAt = joinedAt,
            Culture = command.Language.Code(),
            DigestFrequency = command.AcceptDigest ? Domain.Notifications.DigestFrequency.Weekly : Domain.Notifications.DigestFrequency.Off,
            Handle = await FreeHandles.FindAsync(db, Handles.FromDisplayName(command.DisplayName), cancellationToken),
        };
        var created = await users.CreateAsync(member);
        if (!created.Succeeded)
        {
            return Error.Conflict("accounts.join_refused");
        }

        var linked = await users.AddLoginAsync(member, new UserLoginInfo(account.Provider, account.Subject, account.ProviderName));
        if (!linked.Succeeded)
        {
            return Error.Conflict("accounts.external_linked");
        }

        JoinConsents.Record(db, member.Id, command.AcceptDigest, joinedAt);
        screening.RecordSignUp(member.Id, origin.Address, joinedAt);
        if (!vouched && await limits.MaySendAsync(RequestedMail.Confirmation, email, cancellationToken))
        {
            db.Raise(new MemberSignedUp(member.Id), joinedAt);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Member {MemberId} joined with {Provider}", member.Id, account.Provider);
        return new SignedUp(member.Id);
    }
}
