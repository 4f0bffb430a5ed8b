namespace ClubMediaSociali.Application.Domain.Reputation;

/// <summary>A badge a member earned, once; the catalogue of badges is <see cref="Badges.All"/>.</summary>
public class MemberBadge
{
    public Guid MemberId { get; init; }

    public required string BadgeKey { get; init; }

    public DateTimeOffset AwardedAt { get; init; }
}

/// <summary>What the badge rules look at, counted for one member.</summary>
public sealed record BadgeFacts
{
    public int PracticesPublished { get; init; }

    public int PracticesFeatured { get; init; }

    public int UsefulMarksReceived { get; init; }

    public int IdeasPosted { get; init; }

    public int IdeasSelected { get; init; }

    public int IdeasRealised { get; init; }

    public int CommentsVisible { get; init; }

    public int Contacts { get; init; }

    public int ContactRoleGroups { get; init; }

    public int ResponsesSelected { get; init; }

    public bool ProfileComplete { get; init; }

    public int PathsCompleted { get; init; }

    public TrustLevel Trust { get; init; }
}

public sealed record Badge(string Key, Func<BadgeFacts, bool> EarnedBy);

/// <summary>The Club's badges, each meaningful for a community of communication professionals.</summary>
public static class Badges
{
    public const int MentorUsefulMarks = 25;
    public const int ProposerIdeas = 5;
    public const int BridgeRoleGroups = 3;
    public const int WideNetworkContacts = 25;
    public const int VoiceComments = 25;

    public static IReadOnlyList<Badge> All { get; } =
    [
        new("biglietto-da-visita", f => f.ProfileComplete),
        new("prima-pratica", f => f.PracticesPublished >= 1),
        new("in-vetrina", f => f.PracticesFeatured >= 1),
        new("mentore", f => f.UsefulMarksReceived >= MentorUsefulMarks),
        new("proponente", f => f.IdeasPosted >= ProposerIdeas),
        new("idea-scelta", f => f.IdeasSelected >= 1),
        new("idea-realizzata", f => f.IdeasRealised >= 1),
        new("ponte-tra-mondi", f => f.ContactRoleGroups >= BridgeRoleGroups),
        new("rete-ampia", f => f.Contacts >= WideNetworkContacts),
        new("voce-del-club", f => f.CommentsVisible >= VoiceComments),
        new("scelto-da-un-azienda", f => f.ResponsesSelected >= 1),
        new("primo-percorso", f => f.PathsCompleted >= 1),
        new("leader", f => f.Trust == TrustLevel.Leader),
    ];

    public static Badge? Find(string key) => All.FirstOrDefault(b => b.Key == key);
}
