using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Conversations;
using ClubMediaSociali.Application.Domain.Reputation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>
/// A member writes to one or more members (handles separated by commas, up to nine others). To one person, the
/// conversation the two already have goes on, as on LinkedIn; to several, a new group with an optional name.
/// With <see cref="OpportunityId"/>, a representative writes to one applicant of their organisation's opportunity:
/// the organisation's representatives and the applicant share one conversation about that response.
/// With <see cref="EventId"/>, an organiser writes to one who registered (or is waiting), or a registrant writes to the
/// organisers: the event's organisers and that registrant share one conversation about it.
/// </summary>
[ChangesNoPublicPage("Conversations are private to their participants.")]
public sealed record StartConversation : ICommand<Result<Guid>>, ITransactional
{
    public string Recipients { get; init; } = "";

    public string? Title { get; init; }

    public string Body { get; init; } = "";

    public Guid? OpportunityId { get; init; }

    public Guid? EventId { get; init; }

    /// <summary>Members the Club does not know yet (trust level "nuovo") start at most this many a day.</summary>
    public const int NewcomerPerDay = 3;

    public IReadOnlyList<string> Handles => [.. Recipients.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(h => h.TrimStart('@').ToLowerInvariant()).Distinct()];
}

public sealed class StartConversationValidator : AbstractValidator<StartConversation>
{
    public StartConversationValidator(IStringLocalizer<ValidationMessages> text)
    {
        RuleFor(c => c.Recipients).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => text["Scegli a chi scrivere."]);
        RuleFor(c => c.Title).ClubMaxLength(text, Conversation.TitleMaxLength);
        RuleFor(c => c.Body).ClubMessageBody(text);
    }
}

public sealed class StartConversationHandler(ICurrentMember currentMember, ClubDbContext db, Following.MentionedMembers mentions, ConversationSignals signals, Moderation.ContentScreening screening, TimeProvider clock)
    : ICommandHandler<StartConversation, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(StartConversation command, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var handles = command.Handles;
        var others = await db.Users.Where(m => handles.Contains(m.Handle) && m.DeletedAt == null && m.SuspendedAt == null)
            .Select(m => m.Id).ToListAsync(cancellationToken);
        if (others.Count < handles.Count)
        {
            return ConversationErrors.UnknownMember;
        }

        others.Remove(me);
        if (others.Count == 0)
        {
            return handles.Count == 0 ? ConversationErrors.NoRecipient : ConversationErrors.Self;
        }

        var now = clock.GetUtcNow();
        var author = await db.Users.Where(m => m.Id == me).Select(m => new { m.Reputation, m.JoinedAt }).SingleAsync(cancellationToken);
        var level = TrustLevels.For(author.Reputation, author.JoinedAt, now);

        Conversation? conversation;
        var participants = new List<Guid>(others) { me };
        if (command.OpportunityId is { } opportunityId)
        {
            // About a response: one applicant, whom a representative of the opportunity's organisation writes to.
            var applicant = others is [var one] && await db.OpportunityResponses.AnyAsync(r => r.OpportunityId == opportunityId && r.MemberId == one, cancellationToken) ? one : (Guid?)null;
            var representatives = await db.CompanyMembers
                .Where(cm => cm.Status == CompanyMemberStatus.Representative && db.Opportunities.Any(o => o.Id == opportunityId && o.CompanyId == cm.CompanyId))
                .Select(cm => cm.MemberId).ToListAsync(cancellationToken);
            if (applicant is null || !representatives.Contains(me))
            {
                return ConversationErrors.MayNotWrite;
            }

            if ((await Following.Blocks.AmongAsync(db, me, [applicant.Value], cancellationToken)).Count > 0)
            {
                return ConversationErrors.MayNotWrite;
            }

            conversation = await db.Conversations.SingleOrDefaultAsync(c => c.OpportunityId == opportunityId && c.ApplicantId == applicant, cancellationToken);
            participants = [applicant.Value, me, .. representatives.Where(r => r != applicant && r != me).Take(Conversation.MaxParticipants - 2)];
            conversation ??= new Conversation { StartedById = me, StartedAt = now, IsGroup = participants.Count > 2, OpportunityId = opportunityId, ApplicantId = applicant };
        }
        else if (command.EventId is { } eventId)
        {
            var about = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
            var organizers = about is null ? [] : await Features.Events.EventPermissions.OrganizersAsync(db, about, cancellationToken);
            // An organiser writes to one registrant; a registrant writes to the organisers (all of them, whoever was named).
            var organizing = about is not null && await Features.Events.EventPermissions.ManagesAsync(db, currentMember, about, cancellationToken);
            Guid? registrant = organizing ? others is [var one] ? one : null : others.TrueForAll(organizers.Contains) ? me : null;
            if (about is null || registrant is not { } member || organizers.Count == 0
                || !await db.EventRegistrations.AnyAsync(r => r.EventId == eventId && r.MemberId == member && r.Status != Domain.Events.RegistrationStatus.Cancelled, cancellationToken))
            {
                return ConversationErrors.MayNotWrite;
            }

            if ((await Following.Blocks.AmongAsync(db, me, others, cancellationToken)).Count > 0)
            {
                return ConversationErrors.MayNotWrite;
            }

            conversation = await db.Conversations.SingleOrDefaultAsync(c => c.EventId == eventId && c.RegistrantId == member, cancellationToken);
            participants = [.. new[] { member, me }.Concat(organizers).Distinct().Take(Conversation.MaxParticipants)];
            conversation ??= new Conversation { StartedById = me, StartedAt = now, IsGroup = participants.Count > 2, EventId = eventId, RegistrantId = member };
        }
        else
        {
            if (participants.Count > Conversation.MaxParticipants)
            {
                return ConversationErrors.TooManyPeople;
            }

            // A conversation under way goes on whatever the other's setting says now; a block still stops it.
            conversation = others is [var other] ? await DirectBetweenAsync(me, other, cancellationToken) : null;
            var refused = conversation is null
                ? await WhoMayWrite.RefusedAsync(db, me, level, others, cancellationToken)
                : await Following.Blocks.AmongAsync(db, me, others, cancellationToken);
            if (refused.Count > 0)
            {
                return ConversationErrors.MayNotWrite;
            }

            conversation ??= new Conversation { StartedById = me, StartedAt = now, IsGroup = others.Count > 1, Title = others.Count > 1 ? command.Title?.Trim() is { Length: > 0 } t ? t : null : null };
        }

        var isNew = db.Entry(conversation).State == EntityState.Detached;
        if (isNew)
        {
            if (level == TrustLevel.New && await db.Conversations.CountAsync(c => c.StartedById == me && c.StartedAt > now.AddDays(-1), cancellationToken) >= StartConversation.NewcomerPerDay)
            {
                return ConversationErrors.TooManyToday;
            }

            db.Conversations.Add(conversation);
        }

        var present = isNew ? [] : await db.ConversationParticipants.Where(p => p.ConversationId == conversation.Id).ToListAsync(cancellationToken);
        foreach (var member in participants)
        {
            if (present.Find(p => p.MemberId == member) is { } participant)
            {
                // Writing again brings the writer back into a group they left; no one else is brought back.
                if (member == me)
                {
                    participant.LeftAt = null;
                }
            }
            else
            {
                db.ConversationParticipants.Add(new ConversationParticipant { ConversationId = conversation.Id, MemberId = member, JoinedAt = now, ReadSeq = conversation.LastSeq });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var body = command.Body.Trim();
        await ConversationMessages.WriteAsync(db, signals, mentions, screening, conversation.Id, me, body, now, cancellationToken);
        return conversation.Id;
    }

    /// <summary>The two members' own conversation (not a group, not about a response), if they have one.</summary>
    private Task<Conversation?> DirectBetweenAsync(Guid me, Guid other, CancellationToken cancellationToken) =>
        db.Conversations.Where(c => !c.IsGroup && c.OpportunityId == null && c.EventId == null
                && db.ConversationParticipants.Any(p => p.ConversationId == c.Id && p.MemberId == me)
                && db.ConversationParticipants.Any(p => p.ConversationId == c.Id && p.MemberId == other))
            .OrderBy(c => c.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
}
