using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>The emails of the account's life: confirm the address, reset the password, confirm a new address.</summary>
public sealed class AccountEmails(
    UserManager<Member> users,
    IAccountLinks links,
    IClubEmailSender sender,
    IStringLocalizer<EmailTexts> text)
{
    public async Task SendConfirmationAsync(Member member, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(member);
        await SendAsync(
            member.Email!,
            text["Conferma il tuo indirizzo email"],
            text["Ciao {0}, per completare l'iscrizione al Club dei media sociali conferma il tuo indirizzo aprendo questo collegamento:", member.DisplayName],
            text["Conferma l'indirizzo"],
            links.ConfirmEmail(member.Id, token),
            text["Se non ti sei iscritto tu, ignora questo messaggio: senza conferma l'account non potrà pubblicare nulla."],
            cancellationToken);
    }

    public async Task SendPasswordResetAsync(Member member, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(member);
        await SendAsync(
            member.Email!,
            text["Scegli una nuova password"],
            text["Ciao {0}, hai chiesto di cambiare la password del Club. Scegline una nuova da qui:", member.DisplayName],
            text["Scegli la nuova password"],
            links.ResetPassword(member.Id, token),
            text["Se non l'hai chiesto tu, ignora questo messaggio: la password resta quella di prima."],
            cancellationToken);
    }

    public async Task SendSignInLinkAsync(Member member, CancellationToken cancellationToken)
    {
        var token = await users.GenerateUserTokenAsync(member, SignInLinks.Provider, SignInLinks.Purpose(member));
        await SendAsync(
            member.Email!,
            text["Il tuo collegamento per entrare nel Club"],
            text["Ciao {0}, per entrare nel Club dei media sociali senza password apri questo collegamento entro 15 minuti. Funziona una volta sola; se hai attivato la verifica in due passaggi, ti chiederà anche il codice.", member.DisplayName],
            text["Entra nel Club"],
            links.SignIn(member.Id, token),
            text["Se non l'hai chiesto tu, ignora questo messaggio: nessuno può entrare senza aprirlo."],
            cancellationToken);
    }

    /// <summary>Someone tried to join with the member's address: the owner is told how to get in instead.</summary>
    public Task SendAlreadyMemberAsync(Member member, CancellationToken cancellationToken) =>
        SendAsync(
            member.Email!,
            text["Hai già un account nel Club"],
            text["Ciao {0}, qualcuno (forse tu) ha provato a iscriversi al Club dei media sociali con questo indirizzo, che ha già un account. Per entrare usa la tua password; se non la ricordi, scegline una nuova da qui:", member.DisplayName],
            text["Recupera l'accesso"],
            links.ForgotPassword(),
            text["Se non sei stato tu, ignora questo messaggio: il tuo account non è cambiato."],
            cancellationToken);

    public async Task SendEmailChangeAsync(Member member, string newEmail, CancellationToken cancellationToken)
    {
        var token = await users.GenerateChangeEmailTokenAsync(member, newEmail);
        await SendAsync(
            newEmail,
            text["Conferma il tuo nuovo indirizzo email"],
            text["Ciao {0}, per usare questo indirizzo nel Club dei media sociali confermalo da qui:", member.DisplayName],
            text["Conferma il nuovo indirizzo"],
            links.ConfirmEmailChange(member.Id, newEmail, token),
            text["Finché non lo confermi, il Club continua a usare il tuo indirizzo precedente."],
            cancellationToken);
    }

    private Task SendAsync(string to, string subject, string intro, string button, string link, string closing, CancellationToken cancellationToken)
    {
        var (textBody, htmlBody) = new ClubMail(text["Club dei media sociali"], text["Se il pulsante non funziona, copia questo indirizzo nel browser:"])
            .Paragraph(intro)
            .Button(button, link)
            .Paragraph(closing)
            .Footer(text["Ricevi questa email perché è stata chiesta per questo indirizzo al Club dei media sociali. Non ti scriveremo altro senza che tu lo chieda."])
            .Bodies();
        return sender.SendAsync(new EmailMessage(to, subject, textBody, htmlBody), cancellationToken);
    }
}
