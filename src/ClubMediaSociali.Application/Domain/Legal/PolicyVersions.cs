namespace ClubMediaSociali.Application.Domain.Legal;

/// <summary>
/// Versions of the texts people consent to. Bump a version when its text changes, so new
/// consents record what was actually read.
/// </summary>
public static class PolicyVersions
{
    public const string Privacy = "2026-11";
    public const string Terms = "2026-11";
}
