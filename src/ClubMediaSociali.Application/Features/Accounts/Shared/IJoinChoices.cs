namespace ClubMediaSociali.Application.Features.Accounts;

/// <summary>What every way of joining asks besides who one is: the professional role and the consents.</summary>
public interface IJoinChoices
{
    int PrimaryRoleId { get; }

    bool AcceptTerms { get; }

    bool AcceptDigest { get; }
}
