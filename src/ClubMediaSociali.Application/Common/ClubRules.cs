using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Accounts;
using ClubMediaSociali.Application.Features.Reputation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Common;

/// <summary>Rules shared by every form that asks for the same thing, so their messages never drift apart.</summary>
public static partial class ClubRules
{
    public const int EmailMaxLength = 254;

    public static IRuleBuilderOptions<T, string> ClubEmail<T>(this IRuleBuilderInitial<T, string> rule, IStringLocalizer<ValidationMessages> text) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Scrivi il tuo indirizzo email."])
            .ClubEmailLength(text)
            .Must(IsMailboxAddress).WithMessage(_ => text["Questo indirizzo email non sembra valido: controlla che contenga @ e un dominio."]);

    /// <summary>An email address's length limit, with its message.</summary>
    public static IRuleBuilderOptions<T, string> ClubEmailLength<T>(this IRuleBuilder<T, string> rule, IStringLocalizer<ValidationMessages> text) =>
        rule.MaximumLength(EmailMaxLength).WithMessage(_ => text["L'indirizzo email può avere al massimo {0} caratteri.", EmailMaxLength]);

    /// <summary>A member's main professional role: one of the catalogue's.</summary>
    public static IRuleBuilderOptions<T, int> ClubPrimaryRole<T>(this IRuleBuilderInitial<T, int> rule, IStringLocalizer<ValidationMessages> text, ClubDbContext db) =>
        rule.MustAsync((id, ct) => db.ProfessionalRoles.AnyAsync(r => r.Id == id, ct))
            .WithMessage(_ => text["Scegli il tuo ruolo professionale principale."]);

    /// <summary>Joining, in any way, needs the terms and the privacy notice accepted.</summary>
    public static IRuleBuilderOptions<T, bool> ClubTermsAccepted<T>(this IRuleBuilderInitial<T, bool> rule, IStringLocalizer<ValidationMessages> text) =>
        rule.Equal(true).WithMessage(_ => text["Per iscriverti devi accettare le condizioni d'uso e l'informativa sulla privacy."]);

    /// <summary>The name a member shows in the Club: required, and within its length.</summary>
    public static IRuleBuilderOptions<T, string> ClubDisplayName<T>(this IRuleBuilderInitial<T, string> rule, IStringLocalizer<ValidationMessages> text) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => text["Scrivi il nome con cui vuoi comparire nel Club."])
            .MaximumLength(Member.DisplayNameMaxLength).WithMessage(_ => text["Il nome può avere al massimo {0} caratteri.", Member.DisplayNameMaxLength]);

    /// <summary>
    /// An address a mail server will take: a local part without spaces, quotes, brackets or commas, and a
    /// domain of dotted labels (letters, digits, hyphens). Merely containing an @ let through addresses the
    /// mail library then refused at sending time, an error page instead of a message beside the field.
    /// </summary>
    public static bool IsMailboxAddress(string? address) => address is not null && MailboxAddress().IsMatch(address.Trim());

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?!\.)[^\s@""(),:;<>\[\]\\\p{C}]+(?<!\.)@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}$")]
    private static partial System.Text.RegularExpressions.Regex MailboxAddress();

    /// <summary>Length only: whether a password is too easy to guess is Identity's StrongPasswordValidator's call.</summary>
    public static IRuleBuilderOptions<T, string> ClubNewPassword<T>(this IRuleBuilderInitial<T, string> rule, IStringLocalizer<ValidationMessages> text) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Scegli una password."])
            .MinimumLength(SignUp.PasswordMinLength)
                .WithMessage(_ => text["La password deve avere almeno {0} caratteri: una frase di tre o quattro parole va benissimo.", SignUp.PasswordMinLength])
            .MaximumLength(SignUp.PasswordMaxLength)
                .WithMessage(_ => text["La password può avere al massimo {0} caratteri.", SignUp.PasswordMaxLength]);

    // Oblivious to nullability, like FluentValidation's own MaximumLength, so it serves string and string? fields alike.
#nullable disable
    /// <summary>A length limit with the one message every form shows for it.</summary>
    public static IRuleBuilderOptions<T, string> ClubMaxLength<T>(this IRuleBuilder<T, string> rule, IStringLocalizer<ValidationMessages> text, int maxLength) =>
        rule.MaximumLength(maxLength).WithMessage(_ => text["Questo campo può avere al massimo {0} caratteri.", maxLength]);
#nullable restore

    /// <summary>A comment's text, new or edited.</summary>
    public static IRuleBuilderOptions<T, string> ClubCommentBody<T>(this IRuleBuilderInitial<T, string> rule, IStringLocalizer<ValidationMessages> text) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage(_ => text["Scrivi il testo del commento."])
            .ClubMaxLength(text, Domain.Comments.Comment.BodyMaxLength);

    /// <summary>A message of a conversation, new or edited.</summary>
    public static IRuleBuilderOptions<T, string> ClubMessageBody<T>(this IRuleBuilderInitial<T, string> rule, IStringLocalizer<ValidationMessages> text) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage(_ => text["Scrivi il messaggio."])
            .ClubMaxLength(text, Domain.Conversations.Message.BodyMaxLength);

    /// <summary>Tags typed as one line separated by commas.</summary>
    public static IRuleBuilderOptions<T, string?> ClubTags<T>(this IRuleBuilderInitial<T, string?> rule, IStringLocalizer<ValidationMessages> text) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(t => Tags.Parse(t).Length <= ProfileLimits.MaxTags)
                .WithMessage(_ => text["Al massimo {0} parole chiave, separate da virgole.", ProfileLimits.MaxTags])
            .Must(t => Tags.Parse(t).All(tag => tag.Length <= ProfileLimits.TagMaxLength))
                .WithMessage(_ => text["Ogni parola chiave può avere al massimo {0} caratteri.", ProfileLimits.TagMaxLength]);

    /// <summary>An optional web address: empty, or absolute http(s).</summary>
    public static IRuleBuilderOptions<T, string?> ClubWebAddress<T>(this IRuleBuilderInitial<T, string?> rule, IStringLocalizer<ValidationMessages> text, int maxLength) =>
        rule.Cascade(CascadeMode.Stop)
            .ClubMaxLength(text, maxLength)
            .Must(IsWebAddressOrEmpty).WithMessage(_ => text["Scrivi un indirizzo web completo, che inizi con https://"]);

    public static bool IsWebAddressOrEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    /// <summary>A public text by a newcomer carries at most <see cref="NewcomerLinks.MaxLinks"/> links; trusted members may link freely.</summary>
    public static IRuleBuilderOptions<T, string?> ClubNewcomerLinks<T>(
        this IRuleBuilder<T, string?> rule, IStringLocalizer<ValidationMessages> text, NewcomerLinks links, ICurrentMember author) =>
        rule.MustAsync((value, ct) => links.AllowsAsync(author.RequiredId, value, ct))
            .WithMessage((_, value) => text[
                "Finché sei nuovo nel Club puoi mettere al massimo {0} link in un testo, e qui ce ne sono {1}. Il limite cade con {2} punti di reputazione o con una pratica pubblicata nel repertorio.",
                NewcomerLinks.MaxLinks, links.CountInMarkdown(value), Domain.Reputation.TrustLevels.Thresholds[0].Reputation]);

    /// <summary>Professional roles chosen from the taxonomy.</summary>
    public static IRuleBuilderOptions<T, int[]> ClubRoleIds<T>(this IRuleBuilder<T, int[]> rule, IStringLocalizer<ValidationMessages> text, ClubDbContext db) =>
        rule.MustAsync(async (ids, ct) => ids.Length == 0 || await db.ProfessionalRoles.CountAsync(r => ids.Contains(r.Id), ct) == ids.Distinct().Count())
            .WithMessage(_ => text["Scegli i ruoli dall'elenco."]);
}
