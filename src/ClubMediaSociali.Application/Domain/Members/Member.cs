using Microsoft.AspNetCore.Identity;

namespace ClubMediaSociali.Application.Domain.Members;

/// <summary>
/// A person with an account in the Club, and their profile. The heart of the profile is what they
/// bring to the Club (<see cref="OffersTags"/>, <see cref="OffersText"/>) and what they look for in it
/// (<see cref="SeeksTags"/>, <see cref="SeeksText"/>): the Club matches people on those.
/// </summary>
public class Member : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 80;
    public const int SuspensionReasonMaxLength = 500;

    public Member()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";

    /// <summary>Public, unique name used in profile addresses (/membri/giulia-ferrari).</summary>
    public string Handle { get; set; } = "";

    public DateTimeOffset JoinedAt { get; set; }

    public int PrimaryRoleId { get; set; }

    public ProfessionalRole? PrimaryRole { get; set; }

    public int[] SecondaryRoleIds { get; set; } = [];

    public string? Headline { get; set; }

    /// <summary>The source hash of the member's photo (see <see cref="Media.StoredFile"/>); null shows their initials.</summary>
    public string? PhotoHash { get; set; }

    /// <summary>The member's own Markdown, kept so they can edit it.</summary>
    public string? BioMarkdown { get; set; }

    /// <summary>The sanitized HTML rendered from <see cref="BioMarkdown"/> when it was saved.</summary>
    public string? BioHtml { get; set; }

    public string? CompanyName { get; set; }

    public string? City { get; set; }

    public ItalianRegion? Region { get; set; }

    public string? WebsiteUrl { get; set; }

    public string? LinkedInUrl { get; set; }

    public string? XUrl { get; set; }

    public string? FacebookUrl { get; set; }

    public string? InstagramUrl { get; set; }

    public string? YouTubeUrl { get; set; }

    public string[] Skills { get; set; } = [];

    public string[] OffersTags { get; set; } = [];

    public string? OffersText { get; set; }

    public string[] SeeksTags { get; set; } = [];

    public string? SeeksText { get; set; }

    public ProfileVisibility Visibility { get; set; }

    public bool ShowEmailToContacts { get; set; }

    /// <summary>The sum of the member's reputation ledger, kept by the statement that adds each line.</summary>
    public int Reputation { get; set; }

    /// <summary>How often the member gets the digest email (with their consent recorded when they chose it).</summary>
    public Notifications.DigestFrequency DigestFrequency { get; set; }

    /// <summary>When the last digest went out: the next one tells what happened since.</summary>
    public DateTimeOffset? LastDigestAt { get; set; }

    /// <summary>The start of the member's current visit, and of the one before: "Dall'ultima visita" counts from the latter.</summary>
    public DateTimeOffset? LastVisitAt { get; set; }

    public DateTimeOffset? PreviousVisitAt { get; set; }

    /// <summary>Who may see the member's contacts on their profile.</summary>
    public Connections.ContactsVisibility ContactsVisibility { get; set; }

    /// <summary>Who may start a conversation with the member.</summary>
    public Conversations.MessagePolicy MessagePolicy { get; set; }

    /// <summary>No mail for messages left unread (by default one comes after <see cref="Conversations.ConversationParticipant.MailAfter"/>).</summary>
    public bool MessageMailOff { get; set; }

    /// <summary>The language the member reads the Club in, for mail.</summary>
    public string Culture { get; set; } = "it";

    /// <summary>The IANA zone the member reads times in (events, reminders); Rome's unless they chose another.</summary>
    public string TimeZone { get; set; } = Events.Event.DefaultTimeZone;

    /// <summary>
    /// The SHA-256 (hex) of the secret in the address of the member's personal calendar feed; none when they have not
    /// made one or revoked it. The secret itself is shown once and never stored.
    /// </summary>
    public string? CalendarFeedHash { get; set; }

    public DateTimeOffset? CalendarFeedCreatedAt { get; set; }

    /// <summary>
    /// The 30-second step of the last authenticator code accepted: a code of that step or an earlier one is
    /// refused, so a code works once (RFC 6238, section 5.2), on every instance.
    /// </summary>
    public long? LastAuthenticatorStep { get; set; }

    /// <summary>Set when the member deleted the account: personal data is gone, content stays as "ex membro".</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>
    /// Set while the account is suspended: the member cannot sign in, and is out of the directory, the
    /// leaderboards, suggestions and digests. A page tells them why and how to appeal.
    /// </summary>
    public DateTimeOffset? SuspendedAt { get; set; }

    /// <summary>The reason shown to the suspended member.</summary>
    public string? SuspensionReason { get; set; }

    public Guid? SuspendedById { get; set; }

    /// <summary>Suspended by marking them as a spammer: lifting the suspension ("not spam") brings their contributions back.</summary>
    public bool SuspendedForSpam { get; set; }

    /// <summary>Whether the profile's texts passed the content check; a held profile is out of the directory until a moderator looks.</summary>
    public Moderation.Screening ProfileScreening { get; set; }
}
