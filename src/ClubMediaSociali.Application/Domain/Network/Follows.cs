namespace ClubMediaSociali.Application.Domain.Network;

/// <summary>What a member can follow besides ideas (which keep <c>idea_followers</c>).</summary>
public enum FollowKind
{
    Member = 1,
    Company = 2,
    Tag = 3,
    Role = 4,
}

/// <summary>A member follows another: their new contributions reach the follower's bacheca.</summary>
public class MemberFollow
{
    public Guid FollowerId { get; init; }

    public Guid MemberId { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>A member follows a company: its opportunities and news reach the follower's bacheca.</summary>
public class CompanyFollow
{
    public Guid FollowerId { get; init; }

    public Guid CompanyId { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>A member follows a tag (as <see cref="Domain.Common.Tags"/> writes it): practices, ideas and opportunities with it reach them.</summary>
public class TagFollow
{
    public const int TagMaxLength = 100;

    public Guid FollowerId { get; init; }

    public required string Tag { get; init; }

    public DateTimeOffset At { get; init; }
}

/// <summary>A member follows a professional role: what is written for that role reaches them.</summary>
public class RoleFollow
{
    public Guid FollowerId { get; init; }

    public int RoleId { get; init; }

    public DateTimeOffset At { get; init; }
}
