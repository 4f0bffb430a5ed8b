namespace ClubMediaSociali.Web.Infrastructure.Mvc;

/// <summary>
/// Generated avatars: the member's initials on one of eight colours, all dark enough for white text
/// to pass WCAG AA. The colour follows the member id, so it never changes.
/// </summary>
public static class Avatars
{
    public static string Initials(string displayName)
    {
        var words = displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => "?",
            1 => words[0][..1].ToUpperInvariant(),
            _ => (words[0][..1] + words[^1][..1]).ToUpperInvariant(),
        };
    }

    public static string ColourClass(Guid memberId) => $"avatar-c{memberId.GetHashCode() & 7}";
}
