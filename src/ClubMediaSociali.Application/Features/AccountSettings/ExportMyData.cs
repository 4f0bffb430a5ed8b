using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Conversations;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.AccountSettings;

/// <summary>
/// Everything the Club holds about a member and everything they wrote or did, in a portable form (GDPR access
/// and portability). The values are the stored ones (enums among them); the web host writes them with labels in
/// the member's language. A test compares <see cref="MemberKeys"/> with every column that holds a member's key,
/// so a feature that stores a member's rows must say here where the export shows them.
/// </summary>
public sealed record ExportMyData() : IQuery<MemberDataExport?>
{
    /// <summary>Every column holding a member's key ("table.column"), and the export's section for its rows or why there is none.</summary>
    public static readonly IReadOnlyDictionary<string, string> MemberKeys = new Dictionary<string, string>
    {
        ["member_roles.user_id"] = "staffRoles",
        ["member_claims.user_id"] = "not exported: the Club stores no claims of its own on members",
        ["member_logins.user_id"] = "signIn",
        ["member_passkeys.user_id"] = "signIn",
        ["member_sessions.member_id"] = "signIn",
        ["member_tokens.user_id"] = "not exported: the authenticator key and recovery codes are secrets, shown only when set up",
        ["consent_records.member_id"] = "consents",
        ["notifications.member_id"] = "notifications",
        ["notifications.actor_id"] = "not exported: lines in other members' notifications (the face beside their request or comment), theirs to see",
        ["notification_settings.member_id"] = "preferences",
        ["member_follows.follower_id"] = "follows",
        ["member_follows.member_id"] = "not exported: who follows the member is theirs to see on «Chi mi segue», not their data",
        ["company_follows.follower_id"] = "follows",
        ["tag_follows.follower_id"] = "follows",
        ["role_follows.follower_id"] = "follows",
        ["member_blocks.member_id"] = "blocks",
        ["member_blocks.other_id"] = "not exported: a block or mute is never told to the member it concerns",
        ["mentions.author_id"] = "not exported: a mention is part of the text it is in, exported with the member's texts",
        ["mentions.member_id"] = "notifications: each mention of the member is one of their notifications",
        ["activities.actor_id"] = "not exported: the bacheca's lines are made from the member's contributions, exported in their own sections",
        ["ideas.author_id"] = "ideas",
        ["idea_votes.member_id"] = "votes",
        ["idea_followers.member_id"] = "followedIdeas",
        ["idea_decisions.decided_by_id"] = "decisions",
        ["comments.author_id"] = "comments",
        ["comments.removed_by_id"] = "moderation",
        ["comment_flags.member_id"] = "commentFlags",
        ["practices.author_id"] = "practices",
        ["practice_revisions.author_id"] = "practiceRevisions",
        ["practice_revisions.decided_by_id"] = "moderation",
        ["practice_useful_marks.member_id"] = "usefulMarks",
        ["saved_items.member_id"] = "saved",
        ["conversations.started_by_id"] = "conversations",
        ["conversation_participants.member_id"] = "conversations",
        ["messages.author_id"] = "messages",
        ["method_progress.member_id"] = "methodProgress",
        ["learning_path_progress.member_id"] = "pathProgress",
        ["connections.low_id"] = "connections",
        ["connections.high_id"] = "connections",
        ["connections.requester_id"] = "connections",
        ["company_members.member_id"] = "companies",
        ["company_members.decided_by_id"] = "moderation",
        ["opportunities.author_id"] = "opportunities",
        ["opportunity_responses.member_id"] = "responses",
        ["reputation_events.member_id"] = "reputation",
        ["reputation_events.actor_id"] = "not exported: lines in other members' ledgers, theirs to see",
        ["member_badges.member_id"] = "badges",
        ["audit_log.actor_id"] = "moderation",
        ["members.suspended_by_id"] = "moderation",
        ["held_items.author_id"] = "not exported: the moderators' note on a contribution held for review; the contribution is in its own section",
        ["held_items.decided_by_id"] = "moderation",
        ["spam_markers.added_by_id"] = "moderation",
        ["spam_markers.from_member_id"] = "not exported: domains other moderators marked after the member's contributions were marked as spam",
        ["text_fingerprints.author_id"] = "not exported: hashes of the member's texts, which cannot be read back, deleted after a day",
        ["sign_up_origins.member_id"] = "not exported: a hash of the address the account was made from, which cannot be read back, deleted after two days",
        ["suspension_appeals.member_id"] = "appeals",
        ["uploads.owner_id"] = "files (and the files themselves beside the data)",
        ["message_reports.reporter_id"] = "messageReports",
        ["message_reports.closed_by_id"] = "moderation",
        ["events.created_by_id"] = "events",
        ["event_registrations.member_id"] = "eventRegistrations",
    };
}

public sealed record MemberDataExport(
    DateTimeOffset ExportedAt,
    ExportedAccount Account,
    ExportedProfile Profile,
    ExportedPreferences Preferences,
    IReadOnlyList<ConsentEntry> Consents,
    IReadOnlyList<string> StaffRoles,
    ExportedNewsletterSubscription? Newsletter,
    IReadOnlyList<ExportedIdea> Ideas,
    IReadOnlyList<ExportedVote> Votes,
    IReadOnlyList<ExportedItemMark> FollowedIdeas,
    IReadOnlyList<ExportedDecision> Decisions,
    IReadOnlyList<ExportedComment> Comments,
    IReadOnlyList<ExportedCommentFlag> CommentFlags,
    IReadOnlyList<ExportedPractice> Practices,
    IReadOnlyList<ExportedRevision> PracticeRevisions,
    IReadOnlyList<ExportedItemMark> UsefulMarks,
    IReadOnlyList<ExportedSaved> Saved,
    IReadOnlyList<ExportedProgress> MethodProgress,
    IReadOnlyList<ExportedPathProgress> PathProgress,
    IReadOnlyList<ExportedConnection> Connections,
    IReadOnlyList<ExportedMembership> Companies,
    IReadOnlyList<ExportedOpportunity> Opportunities,
    IReadOnlyList<ExportedResponse> Responses,
    IReadOnlyList<ExportedNotification> Notifications,
    IReadOnlyList<ExportedReputationLine> Reputation,
    IReadOnlyList<ExportedBadge> Badges,
    IReadOnlyList<ExportedModeration> Moderation,
    IReadOnlyList<ExportedAppeal> Appeals,
    IReadOnlyList<ExportedFile> Files,
    IReadOnlyList<ExportedFollow> Follows,
    IReadOnlyList<ExportedBlock> Blocks,
    IReadOnlyList<ExportedConversation> Conversations,
    IReadOnlyList<ExportedMessage> Messages,
    IReadOnlyList<ExportedMessageReport> MessageReports,
    IReadOnlyList<ExportedEvent> Events,
    IReadOnlyList<ExportedRegistration> EventRegistrations,
    ExportedSignIn SignIn);

/// <summary>The member's ways in and where they are signed in (no secrets: neither keys nor tokens).</summary>
public sealed record ExportedSignIn(IReadOnlyList<ExportedProvider> Providers, IReadOnlyList<ExportedPasskey> Passkeys, IReadOnlyList<ExportedSession> Sessions);

/// <param name="Subject">The provider's id for the member's account there (OpenID Connect's "sub").</param>
public sealed record ExportedProvider(string Provider, string Subject);

public sealed record ExportedPasskey(string Name, DateTimeOffset CreatedAt, bool Synced);

public sealed record ExportedSession(string Method, string? UserAgent, DateTimeOffset StartedAt, DateTimeOffset LastSeenAt, DateTimeOffset? EndedAt);

/// <summary>An event the member created (as themselves, for their company or for the Club).</summary>
public sealed record ExportedEvent(Guid Id, string Title, Domain.Events.EventOrganizer OrganizedBy, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, Domain.Events.EventStatus Status);

/// <summary>The member's registration for an event: seated, waiting or cancelled, with their answer and whether others saw their name.</summary>
public sealed record ExportedRegistration(
    Guid EventId, string EventTitle, Domain.Events.RegistrationStatus Status, string? Answer, bool ShowMe, DateTimeOffset RegisteredAt, DateTimeOffset? PromotedAt,
    DateTimeOffset? CancelledAt, DateTimeOffset? CheckedInAt);

/// <summary>A message or conversation the member reported, with their reason (the snapshot holds others' words and stays with the moderators).</summary>
public sealed record ExportedMessageReport(Guid ConversationId, Guid? MessageId, string Reason, DateTimeOffset At, DateTimeOffset? ClosedAt);

/// <summary>A conversation the member is or was in, with the others by handle (what the others wrote is theirs, not exported).</summary>
public sealed record ExportedConversation(Guid Id, string? Title, Guid? OpportunityId, IReadOnlyList<string> Others, DateTimeOffset JoinedAt, DateTimeOffset? LeftAt);

/// <summary>A message the member wrote; a deleted one keeps only its place and time.</summary>
public sealed record ExportedMessage(Guid ConversationId, long Seq, string Body, IReadOnlyList<Guid> Files, DateTimeOffset At, DateTimeOffset? EditedAt, DateTimeOffset? DeletedAt);

/// <summary>A member the exporting member blocked or muted, by handle.</summary>
public sealed record ExportedBlock(string Handle, BlockKind Kind, DateTimeOffset At);

/// <summary>Something the member follows: a member (by handle), a company (by name), a tag or a role (by its Italian name).</summary>
public sealed record ExportedFollow(FollowKind Kind, string Name, DateTimeOffset At);

public sealed record ExportedAccount(Guid Id, string Email, bool EmailConfirmed, DateTimeOffset JoinedAt, bool TwoFactorEnabled, string Culture, string TimeZone);

public sealed record ExportedProfile(
    string DisplayName, string Handle, string? Headline, string? Bio, string PrimaryRole, IReadOnlyList<string> SecondaryRoles,
    string? CompanyName, string? City, ItalianRegion? Region, IReadOnlyDictionary<string, string> Channels, IReadOnlyList<string> Skills,
    IReadOnlyList<string> OffersTags, string? OffersText, IReadOnlyList<string> SeeksTags, string? SeeksText, ProfileVisibility Visibility,
    bool ShowEmailToContacts);

public sealed record ExportedPreferences(
    DigestFrequency Digest, ContactsVisibility Contacts, IReadOnlyList<(string Category, NotificationChannel Channel)> Notifications, MessagePolicy Messages,
    bool MessageMail);

public sealed record ExportedNewsletterSubscription(string Email, string PrivacyPolicyVersion, DateTimeOffset ConsentedAt, DateTimeOffset? ConfirmedAt);

public sealed record ExportedIdea(Guid Id, string Title, string Body, IReadOnlyList<string> Tags, IdeaStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record ExportedVote(Guid IdeaId, string IdeaTitle, short Value, DateTimeOffset At);

/// <summary>An item the member marked: an idea followed, a practice found useful or saved.</summary>
public sealed record ExportedItemMark(Guid Id, string Title, DateTimeOffset At);

public sealed record ExportedSaved(SavedKind Kind, Guid Id, string? Title, DateTimeOffset At);

public sealed record ExportedDecision(Guid IdeaId, string IdeaTitle, IdeaStatus From, IdeaStatus To, string Reason, DateTimeOffset At);

public sealed record ExportedComment(Guid Id, CommentThreadKind ThreadKind, Guid ThreadId, string Body, CommentStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt);

public sealed record ExportedCommentFlag(Guid CommentId, string Reason, DateTimeOffset At);

public sealed record ExportedPractice(Guid Id, string Title, PracticeKind Kind, PracticeStatus Status, string Summary, string Body, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);

public sealed record ExportedRevision(Guid PracticeId, int Number, string Title, RevisionStatus Status, DateTimeOffset CreatedAt);

public sealed record ExportedProgress(Guid PracticeId, string Title, IReadOnlyList<int> DoneSteps, DateTimeOffset UpdatedAt);

public sealed record ExportedPathProgress(string Path, IReadOnlyList<Guid> ReadPractices, DateTimeOffset UpdatedAt, DateTimeOffset? CompletedAt);

public sealed record ExportedConnection(string OtherName, string OtherHandle, ConnectionStatus Status, bool RequestedByMe, string? Message, DateTimeOffset RequestedAt, DateTimeOffset? AnsweredAt);

public sealed record ExportedMembership(string CompanyName, string CompanySlug, CompanyMemberStatus Status, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt);

public sealed record ExportedOpportunity(Guid Id, string Title, OpportunityKind Kind, OpportunityStatus Status, string Description, DateTimeOffset CreatedAt);

public sealed record ExportedResponse(Guid OpportunityId, string OpportunityTitle, string Message, ResponseStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record ExportedNotification(string Kind, string Subject, int? State, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record ExportedReputationLine(string Reason, int Points, DateTimeOffset At);

public sealed record ExportedBadge(string Key, DateTimeOffset AwardedAt);

/// <summary>What the member did as staff: the audit log's lines with them as actor.</summary>
public sealed record ExportedModeration(string Action, string TargetType, string TargetId, string? Reason, DateTimeOffset At);

/// <summary>
/// A file the member uploaded, and the stored variant that goes into the export beside the data: the largest size of
/// a picture (its original is never kept), an attachment as it was sent.
/// </summary>
public sealed record ExportedFile(
    Guid Id, UploadPurpose Purpose, string FileName, string ContentType, long Length, DateTimeOffset CreatedAt, UploadPlace? UsedIn, Guid? UsedInId,
    string SourceHash, string Variant);

/// <summary>A request to be reinstated, sent while the account was suspended.</summary>
public sealed record ExportedAppeal(string Text, DateTimeOffset SentAt, DateTimeOffset? ClosedAt);

public sealed class ExportMyDataHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : IQueryHandler<ExportMyData, MemberDataExport?>
{
    public async ValueTask<MemberDataExport?> Handle(ExportMyData query, CancellationToken cancellationToken)
    {
        var m = await db.Users.AsNoTracking().Include(x => x.PrimaryRole)
            .SingleOrDefaultAsync(x => x.Id == currentMember.RequiredId && x.DeletedAt == null, cancellationToken);
        if (m is null)
        {
            return null;
        }

        var id = m.Id;
        var english = m.Culture == "en";
        var secondary = await db.ProfessionalRoles.Where(r => m.SecondaryRoleIds.Contains(r.Id)).Select(r => english ? r.NameEn : r.NameIt).ToListAsync(cancellationToken);
        var normalizedEmail = m.Email!.ToLowerInvariant();
        var channels = new Dictionary<string, string?>
        {
            ["linkedin"] = m.LinkedInUrl,
            ["x"] = m.XUrl,
            ["facebook"] = m.FacebookUrl,
            ["instagram"] = m.InstagramUrl,
            ["youtube"] = m.YouTubeUrl,
            ["website"] = m.WebsiteUrl,
        }.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!);
        var settings = await db.NotificationSettings.AsNoTracking().Where(s => s.MemberId == id).OrderBy(s => s.Category)
            .Select(s => new { s.Category, s.Channel }).ToListAsync(cancellationToken);

        return new MemberDataExport(
            clock.GetUtcNow(),
            new ExportedAccount(id, m.Email, m.EmailConfirmed, m.JoinedAt, m.TwoFactorEnabled, m.Culture, m.TimeZone),
            new ExportedProfile(m.DisplayName, m.Handle, m.Headline, m.BioMarkdown, english ? m.PrimaryRole!.NameEn : m.PrimaryRole!.NameIt, secondary,
                m.CompanyName, m.City, m.Region, channels, m.Skills, m.OffersTags, m.OffersText, m.SeeksTags, m.SeeksText, m.Visibility, m.ShowEmailToContacts),
            new ExportedPreferences(m.DigestFrequency, m.ContactsVisibility, [.. settings.Select(s => (s.Category, s.Channel))], m.MessagePolicy, !m.MessageMailOff),
            await db.ConsentRecords.AsNoTracking().Where(c => c.MemberId == id).OrderBy(c => c.RecordedAt)
                .Select(c => new ConsentEntry(c.Kind, c.Version, c.Granted, c.RecordedAt)).ToListAsync(cancellationToken),
            await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken),
            await db.NewsletterSubscribers.AsNoTracking().Where(s => s.Email == normalizedEmail)
                .Select(s => new ExportedNewsletterSubscription(s.Email, s.PrivacyPolicyVersion, s.ConsentedAt, s.ConfirmedAt)).SingleOrDefaultAsync(cancellationToken),
            await db.Ideas.AsNoTracking().IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).Where(i => i.AuthorId == id).OrderBy(i => i.CreatedAt)
                .Select(i => new ExportedIdea(i.Id, i.Title, i.BodyMarkdown, i.Tags, i.Status, i.CreatedAt, i.UpdatedAt)).ToListAsync(cancellationToken),
            await db.IdeaVotes.AsNoTracking().Where(v => v.MemberId == id).OrderBy(v => v.At)
                .Join(db.Ideas, v => v.IdeaId, i => i.Id, (v, i) => new ExportedVote(i.Id, i.Title, v.Value, v.At)).ToListAsync(cancellationToken),
            await db.IdeaFollowers.AsNoTracking().Where(f => f.MemberId == id).OrderBy(f => f.At)
                .Join(db.Ideas, f => f.IdeaId, i => i.Id, (f, i) => new ExportedItemMark(i.Id, i.Title, f.At)).ToListAsync(cancellationToken),
            await db.IdeaDecisions.AsNoTracking().Where(d => d.DecidedById == id).OrderBy(d => d.At)
                .Join(db.Ideas, d => d.IdeaId, i => i.Id, (d, i) => new ExportedDecision(i.Id, i.Title, d.FromStatus, d.ToStatus, d.Reason, d.At)).ToListAsync(cancellationToken),
            await db.Comments.AsNoTracking().IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).Where(c => c.AuthorId == id).OrderBy(c => c.CreatedAt)
                .Select(c => new ExportedComment(c.Id, c.ThreadKind, c.ThreadId, c.BodyMarkdown, c.Status, c.CreatedAt, c.EditedAt)).ToListAsync(cancellationToken),
            await db.CommentFlags.AsNoTracking().Where(f => f.MemberId == id).OrderBy(f => f.At)
                .Select(f => new ExportedCommentFlag(f.CommentId, f.Reason, f.At)).ToListAsync(cancellationToken),
            await db.Practices.AsNoTracking().IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).Where(p => p.AuthorId == id).OrderBy(p => p.CreatedAt)
                .Select(p => new ExportedPractice(p.Id, p.Title, p.Kind, p.Status, p.Summary, p.BodyMarkdown, p.CreatedAt, p.PublishedAt)).ToListAsync(cancellationToken),
            await db.PracticeRevisions.AsNoTracking().Where(r => r.AuthorId == id).OrderBy(r => r.CreatedAt)
                .Select(r => new ExportedRevision(r.PracticeId, r.Number, r.Content.Title, r.Status, r.CreatedAt)).ToListAsync(cancellationToken),
            await db.PracticeUsefulMarks.AsNoTracking().Where(u => u.MemberId == id).OrderBy(u => u.At)
                .Join(db.Practices, u => u.PracticeId, p => p.Id, (u, p) => new ExportedItemMark(p.Id, p.Title, u.At)).ToListAsync(cancellationToken),
            await db.SavedItems.AsNoTracking().Where(s => s.MemberId == id).OrderBy(s => s.At)
                .Select(s => new ExportedSaved(s.Kind, s.ItemId, s.Kind == SavedKind.Practice
                    ? db.Practices.IgnoreQueryFilters().Where(p => p.Id == s.ItemId).Select(p => p.Title).FirstOrDefault()
                    : s.Kind == SavedKind.Idea
                        ? db.Ideas.IgnoreQueryFilters().Where(i => i.Id == s.ItemId).Select(i => i.Title).FirstOrDefault()
                        : db.Opportunities.IgnoreQueryFilters().Where(o => o.Id == s.ItemId).Select(o => o.Title).FirstOrDefault(), s.At))
                .ToListAsync(cancellationToken),
            await db.MethodProgress.AsNoTracking().Where(g => g.MemberId == id).OrderBy(g => g.UpdatedAt)
                .Join(db.Practices, g => g.PracticeId, p => p.Id, (g, p) => new ExportedProgress(p.Id, p.Title, g.DoneSteps, g.UpdatedAt)).ToListAsync(cancellationToken),
            await db.LearningPathProgress.AsNoTracking().Where(g => g.MemberId == id).OrderBy(g => g.UpdatedAt)
                .Join(db.LearningPaths, g => g.PathId, p => p.Id, (g, p) => new ExportedPathProgress(p.Title, g.DonePracticeIds, g.UpdatedAt, g.CompletedAt)).ToListAsync(cancellationToken),
            await db.Connections.AsNoTracking().Where(c => c.LowId == id || c.HighId == id).OrderBy(c => c.RequestedAt)
                .Join(db.Users, c => c.LowId == id ? c.HighId : c.LowId, o => o.Id,
                    (c, o) => new ExportedConnection(o.DisplayName, o.Handle, c.Status, c.RequesterId == id, c.Message, c.RequestedAt, c.AnsweredAt))
                .ToListAsync(cancellationToken),
            await db.CompanyMembers.AsNoTracking().Where(cm => cm.MemberId == id).OrderBy(cm => cm.RequestedAt)
                .Join(db.Companies, cm => cm.CompanyId, c => c.Id, (cm, c) => new ExportedMembership(c.Name, c.Slug, cm.Status, cm.RequestedAt, cm.DecidedAt))
                .ToListAsync(cancellationToken),
            await db.Opportunities.AsNoTracking().IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).Where(o => o.AuthorId == id).OrderBy(o => o.CreatedAt)
                .Select(o => new ExportedOpportunity(o.Id, o.Title, o.Kind, o.Status, o.DescriptionMarkdown, o.CreatedAt)).ToListAsync(cancellationToken),
            await db.OpportunityResponses.AsNoTracking().IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).Where(r => r.MemberId == id).OrderBy(r => r.CreatedAt)
                .Join(db.Opportunities, r => r.OpportunityId, o => o.Id, (r, o) => new ExportedResponse(o.Id, o.Title, r.Message, r.Status, r.CreatedAt, r.UpdatedAt))
                .ToListAsync(cancellationToken),
            await db.Notifications.AsNoTracking().Where(n => n.MemberId == id).OrderBy(n => n.CreatedAt)
                .Select(n => new ExportedNotification(n.Kind, n.Subject, n.State, n.CreatedAt, n.ReadAt)).ToListAsync(cancellationToken),
            await db.ReputationEvents.AsNoTracking().Where(e => e.MemberId == id).OrderBy(e => e.At)
                .Select(e => new ExportedReputationLine(e.Reason, e.Points, e.At)).ToListAsync(cancellationToken),
            await db.MemberBadges.AsNoTracking().Where(b => b.MemberId == id).OrderBy(b => b.AwardedAt)
                .Select(b => new ExportedBadge(b.BadgeKey, b.AwardedAt)).ToListAsync(cancellationToken),
            await db.AuditLog.AsNoTracking().Where(a => a.ActorId == id).OrderBy(a => a.At)
                .Select(a => new ExportedModeration(a.Action, a.TargetType, a.TargetId, a.Reason, a.At)).ToListAsync(cancellationToken),
            await db.SuspensionAppeals.AsNoTracking().Where(a => a.MemberId == id).OrderBy(a => a.SentAt)
                .Select(a => new ExportedAppeal(a.Text, a.SentAt, a.ClosedAt)).ToListAsync(cancellationToken),
            await db.Uploads.AsNoTracking().Where(u => u.OwnerId == id).OrderBy(u => u.CreatedAt)
                .Select(u => new ExportedFile(
                    u.Id, u.Purpose, u.FileName, u.ContentType, u.Length, u.CreatedAt, u.UsedInKind, u.UsedInId, u.SourceHash,
                    db.StoredFiles.Where(f => f.SourceHash == u.SourceHash).OrderByDescending(f => f.Variant == StoredFile.Original).ThenByDescending(f => f.Length)
                        .Select(f => f.Variant).FirstOrDefault() ?? ""))
                .ToListAsync(cancellationToken),
            [
                .. await db.MemberFollows.Where(f => f.FollowerId == id).Join(db.Users, f => f.MemberId, u => u.Id, (f, u) => new ExportedFollow(FollowKind.Member, u.Handle, f.At))
                    .ToListAsync(cancellationToken),
                .. await db.CompanyFollows.Where(f => f.FollowerId == id).IgnoreQueryFilters([ClubDbContext.ScreeningFilter])
                    .Join(db.Companies, f => f.CompanyId, c => c.Id, (f, c) => new ExportedFollow(FollowKind.Company, c.Name, f.At)).ToListAsync(cancellationToken),
                .. await db.TagFollows.Where(f => f.FollowerId == id).Select(f => new ExportedFollow(FollowKind.Tag, f.Tag, f.At)).ToListAsync(cancellationToken),
                .. await db.RoleFollows.Where(f => f.FollowerId == id).Join(db.ProfessionalRoles, f => f.RoleId, r => r.Id, (f, r) => new ExportedFollow(FollowKind.Role, r.NameIt, f.At))
                    .ToListAsync(cancellationToken),
            ],
            await db.MemberBlocks.Where(b => b.MemberId == id).OrderBy(b => b.At).Join(db.Users, b => b.OtherId, u => u.Id, (b, u) => new ExportedBlock(u.Handle, b.Kind, b.At))
                .ToListAsync(cancellationToken),
            await db.ConversationParticipants.AsNoTracking().Where(p => p.MemberId == id).OrderBy(p => p.JoinedAt)
                .Join(db.Conversations, p => p.ConversationId, c => c.Id, (p, c) => new ExportedConversation(
                    c.Id, c.Title, c.OpportunityId,
                    db.ConversationParticipants.Where(o => o.ConversationId == c.Id && o.MemberId != id).Join(db.Users, o => o.MemberId, u => u.Id, (o, u) => u.Handle).ToList(),
                    p.JoinedAt, p.LeftAt))
                .ToListAsync(cancellationToken),
            await db.Messages.AsNoTracking().IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).Where(msg => msg.AuthorId == id).OrderBy(msg => msg.At)
                .Select(msg => new ExportedMessage(msg.ConversationId, msg.Seq, msg.BodyMarkdown, msg.AttachmentIds, msg.At, msg.EditedAt, msg.DeletedAt)).ToListAsync(cancellationToken),
            await db.MessageReports.AsNoTracking().Where(r => r.ReporterId == id).OrderBy(r => r.At)
                .Select(r => new ExportedMessageReport(r.ConversationId, r.MessageId, r.Reason, r.At, r.ClosedAt)).ToListAsync(cancellationToken),
            await db.Events.AsNoTracking().Where(e => e.CreatedById == id).OrderBy(e => e.CreatedAt)
                .Select(e => new ExportedEvent(e.Id, e.Title, e.OrganizedBy, e.StartsAt, e.EndsAt, e.TimeZone, e.Status)).ToListAsync(cancellationToken),
            await db.EventRegistrations.AsNoTracking().Where(r => r.MemberId == id).OrderBy(r => r.RegisteredAt)
                .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new ExportedRegistration(
                    e.Id, e.Title, r.Status, r.Answer, r.ShowMe, r.RegisteredAt, r.PromotedAt, r.CancelledAt, r.CheckedInAt))
                .ToListAsync(cancellationToken),
            new ExportedSignIn(
                await db.UserLogins.AsNoTracking().Where(l => l.UserId == id).OrderBy(l => l.LoginProvider)
                    .Select(l => new ExportedProvider(l.ProviderDisplayName ?? l.LoginProvider, l.ProviderKey)).ToListAsync(cancellationToken),
                (await db.UserPasskeys.AsNoTracking().Where(p => p.UserId == id).ToListAsync(cancellationToken))
                    .OrderBy(p => p.Data.CreatedAt).Select(p => new ExportedPasskey(p.Data.Name ?? "", p.Data.CreatedAt, p.Data.IsBackedUp)).ToList(),
                await db.MemberSessions.AsNoTracking().Where(s => s.MemberId == id).OrderBy(s => s.StartedAt)
                    .Select(s => new ExportedSession(s.Method, s.UserAgent, s.StartedAt, s.LastSeenAt, s.EndedAt)).ToListAsync(cancellationToken)));
    }
}
