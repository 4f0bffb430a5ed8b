namespace ClubMediaSociali.Application.Common.Limits;

/// <summary>The kinds of mail a request can send to an address its sender may not control.</summary>
public enum RequestedMail
{
    Confirmation,
    PasswordReset,
    SignInLink,
    AlreadyMember,
    EmailChange,
    NewsletterConfirmation,
}

/// <summary>
/// Mail that a request sends to an address (a confirmation, a reset, a sign-in link) is limited per recipient
/// and per requester, so the Club cannot be used to flood someone's inbox: one of each kind per address every
/// ten minutes, five a day to one address, thirty an hour from one requester. Refusal is silent: the requester
/// sees the same answer whether the mail went or not, and whether the address belongs to a member or not.
/// </summary>
public sealed class MailLimits(Allowances allowances, IRequestOrigin origin)
{
    public static readonly Allowance PerRecipientAndKind = new("mail-recipient-kind", 1, TimeSpan.FromMinutes(10));

    public static readonly Allowance PerRecipientPerDay = new("mail-recipient-day", 5, TimeSpan.FromDays(1));

    public static readonly Allowance PerRequesterPerHour = new("mail-requester", 30, TimeSpan.FromHours(1));

    /// <summary>Takes one mail from each allowance; false (and nothing to send) when one of them is used up.</summary>
    public async Task<bool> MaySendAsync(RequestedMail kind, string recipient, CancellationToken cancellationToken)
    {
        if (origin.Address is { } requester && !(await allowances.TryTakeAsync(PerRequesterPerHour, requester, cancellationToken)).Allowed)
        {
            return false;
        }

        var address = recipient.Trim().ToLowerInvariant();
        return (await allowances.TryTakeAsync(PerRecipientAndKind, $"{kind}:{address}", cancellationToken)).Allowed
            && (await allowances.TryTakeAsync(PerRecipientPerDay, address, cancellationToken)).Allowed;
    }
}
