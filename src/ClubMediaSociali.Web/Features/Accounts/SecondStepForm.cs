namespace ClubMediaSociali.Web.Features.Accounts;

/// <summary>The second step of signing in: a code from the authenticator app, or a recovery code.</summary>
public sealed record SecondStepForm
{
    public string Code { get; init; } = "";

    public bool UseRecoveryCode { get; init; }

    public bool RememberMe { get; init; }

    public bool RememberDevice { get; init; }

    public string? ReturnUrl { get; init; }
}
