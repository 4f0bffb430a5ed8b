namespace ClubMediaSociali.Application.Domain.Members;

/// <summary>
/// One signed-in browser: its sign-in cookie carries <see cref="Id"/>, which every request checks against the ended
/// sessions each instance keeps in memory. Ending a session (the member from another device, signing out, a new
/// password) sets <see cref="EndedAt"/>; rows are kept a while so the list can say what ended, then deleted.
/// </summary>
public class MemberSession
{
    public const int UserAgentMaxLength = 400;

    public const int MethodMaxLength = 80;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    /// <summary>How the session signed in: the "amr" values joined with '+', and the provider after "ext:" (e.g. "pwd+mfa", "hwk+mfa", "ext:google").</summary>
    public required string Method { get; init; }

    /// <summary>The browser's User-Agent as sent at sign-in (cut to <see cref="UserAgentMaxLength"/>); shown as browser and system.</summary>
    public string? UserAgent { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Updated at most once a minute per session, in batches (never a write per request).</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}
