using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>Identity's messages in the member's language, for the cases our forms can meet.</summary>
public sealed class ItalianIdentityErrors(IStringLocalizer<ValidationMessages> text) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = text["Esiste già un account con questo indirizzo email. Se è il tuo, accedi o recupera la password."] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = text["Esiste già un account con questo indirizzo email. Se è il tuo, accedi o recupera la password."] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = text["Questo indirizzo email non sembra valido: controlla che contenga @ e un dominio."] };

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = text["La password deve avere almeno {0} caratteri: una frase di tre o quattro parole va benissimo.", length] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = text["La password attuale non è corretta."] };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = text["Il collegamento non è valido o è scaduto: chiedine uno nuovo."] };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = text["Qualcosa non ha funzionato: riprova."] };
}
