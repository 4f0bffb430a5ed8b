using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Newsletter;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Data;

/// <summary>The Club's database: Identity tables, data-protection keys and every feature's tables.</summary>
public class ClubDbContext(DbContextOptions<ClubDbContext> options)
    : IdentityDbContext<Member, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ProfessionalRoleGroup> ProfessionalRoleGroups => Set<ProfessionalRoleGroup>();

    public DbSet<ProfessionalRole> ProfessionalRoles => Set<ProfessionalRole>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<Domain.Notifications.Notification> Notifications => Set<Domain.Notifications.Notification>();

    public DbSet<NewsletterSubscriber> NewsletterSubscribers => Set<NewsletterSubscriber>();

    public DbSet<NewsletterEdition> NewsletterEditions => Set<NewsletterEdition>();

    public DbSet<NewsletterDelivery> NewsletterDeliveries => Set<NewsletterDelivery>();

    public DbSet<Practice> Practices => Set<Practice>();

    public DbSet<PracticeRevision> PracticeRevisions => Set<PracticeRevision>();

    public DbSet<PracticeUsefulMark> PracticeUsefulMarks => Set<PracticeUsefulMark>();


    public DbSet<MethodProgress> MethodProgress => Set<MethodProgress>();

    public DbSet<LearningPath> LearningPaths => Set<LearningPath>();

    public DbSet<LearningPathStep> LearningPathSteps => Set<LearningPathStep>();

    public DbSet<LearningPathProgress> LearningPathProgress => Set<LearningPathProgress>();

    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<CommentFlag> CommentFlags => Set<CommentFlag>();

    public DbSet<Idea> Ideas => Set<Idea>();

    public DbSet<IdeaVote> IdeaVotes => Set<IdeaVote>();

    public DbSet<IdeaFollower> IdeaFollowers => Set<IdeaFollower>();

    public DbSet<IdeaDecision> IdeaDecisions => Set<IdeaDecision>();

    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<OpportunityResponse> OpportunityResponses => Set<OpportunityResponse>();

    public DbSet<Domain.Events.Event> Events => Set<Domain.Events.Event>();

    public DbSet<Domain.Events.EventRegistration> EventRegistrations => Set<Domain.Events.EventRegistration>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyMember> CompanyMembers => Set<CompanyMember>();

    public DbSet<Domain.Connections.Connection> Connections => Set<Domain.Connections.Connection>();

    public DbSet<Domain.Reputation.ReputationEvent> ReputationEvents => Set<Domain.Reputation.ReputationEvent>();

    public DbSet<Domain.Reputation.MemberBadge> MemberBadges => Set<Domain.Reputation.MemberBadge>();

    public DbSet<Domain.Notifications.NotificationSetting> NotificationSettings => Set<Domain.Notifications.NotificationSetting>();

    public DbSet<Common.Events.OutboxMessage> OutboxMessages => Set<Common.Events.OutboxMessage>();

    public DbSet<Common.Events.OutboxEffect> OutboxEffects => Set<Common.Events.OutboxEffect>();

    public DbSet<Common.Limits.AllowanceUse> AllowanceUses => Set<Common.Limits.AllowanceUse>();

    public DbSet<HeldItem> HeldItems => Set<HeldItem>();

    public DbSet<SpamMarker> SpamMarkers => Set<SpamMarker>();

    public DbSet<TextFingerprint> TextFingerprints => Set<TextFingerprint>();

    public DbSet<SignUpOrigin> SignUpOrigins => Set<SignUpOrigin>();

    public DbSet<SuspensionAppeal> SuspensionAppeals => Set<SuspensionAppeal>();

    public DbSet<Domain.Media.StoredFile> StoredFiles => Set<Domain.Media.StoredFile>();

    public DbSet<Domain.Media.Upload> Uploads => Set<Domain.Media.Upload>();

    public DbSet<Domain.Network.MemberFollow> MemberFollows => Set<Domain.Network.MemberFollow>();

    public DbSet<Domain.Network.CompanyFollow> CompanyFollows => Set<Domain.Network.CompanyFollow>();

    public DbSet<Domain.Network.TagFollow> TagFollows => Set<Domain.Network.TagFollow>();

    public DbSet<Domain.Network.RoleFollow> RoleFollows => Set<Domain.Network.RoleFollow>();

    public DbSet<Domain.Network.Activity> Activities => Set<Domain.Network.Activity>();

    public DbSet<Domain.Network.MemberBlock> MemberBlocks => Set<Domain.Network.MemberBlock>();

    public DbSet<Domain.Network.Mention> Mentions => Set<Domain.Network.Mention>();

    public DbSet<Domain.Network.SavedItem> SavedItems => Set<Domain.Network.SavedItem>();

    public DbSet<Domain.Conversations.Conversation> Conversations => Set<Domain.Conversations.Conversation>();

    public DbSet<Domain.Conversations.ConversationParticipant> ConversationParticipants => Set<Domain.Conversations.ConversationParticipant>();

    public DbSet<Domain.Conversations.Message> Messages => Set<Domain.Conversations.Message>();

    public DbSet<Domain.Conversations.MessageReport> MessageReports => Set<Domain.Conversations.MessageReport>();

    public DbSet<MemberSession> MemberSessions => Set<MemberSession>();


    /// <summary>
    /// The named query filter that keeps held and spam contributions out of every query of ideas, comments,
    /// practices, opportunities, responses and companies. The moderation desk, a contribution's own author and the
    /// member's data export ask for them with <c>IgnoreQueryFilters([ScreeningFilter])</c>.
    /// </summary>
    public const string ScreeningFilter = "screening";

    /// <summary>SQL's club_unaccent (the unaccent dictionary, immutable): "pubblicità" becomes "pubblicita".</summary>
    [DbFunction("club_unaccent", IsBuiltIn = false)]
    public static string Unaccent(string text) => throw new NotSupportedException("club_unaccent runs only in SQL.");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(ClubDbContext).Assembly);
        builder.Entity<Idea>().HasQueryFilter(ScreeningFilter, i => i.Screening == Screening.Clear);
        builder.Entity<Comment>().HasQueryFilter(ScreeningFilter, c => c.Screening == Screening.Clear);
        builder.Entity<Practice>().HasQueryFilter(ScreeningFilter, p => p.Screening == Screening.Clear);
        builder.Entity<Opportunity>().HasQueryFilter(ScreeningFilter, o => o.Screening == Screening.Clear);
        builder.Entity<OpportunityResponse>().HasQueryFilter(ScreeningFilter, r => r.Screening == Screening.Clear);
        builder.Entity<Company>().HasQueryFilter(ScreeningFilter, c => c.Screening == Screening.Clear);
        builder.Entity<Domain.Conversations.Message>().HasQueryFilter(ScreeningFilter, m => m.Screening == Screening.Clear);
    }
}
