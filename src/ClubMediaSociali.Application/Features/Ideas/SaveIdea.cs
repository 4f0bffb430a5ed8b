using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Ideas;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Ideas;

public static class IdeaErrors
{
    public static readonly Error NotFound = new("ideas.not_found");
    public static readonly Error NotYours = new("ideas.not_yours");
    public static readonly Error Locked = new("ideas.locked");
    public static readonly Error OwnIdea = new("ideas.own");
    public static readonly Error Closed = new("ideas.closed");
    public static readonly Error DailyLimit = new("ideas.daily_limit");
}

/// <summary>
/// A member posts an idea (<see cref="IdeaId"/> null) or edits one. The author edits until the first
/// vote or comment; after that only moderators can, so nobody votes on one text and finds another.
/// The author follows their idea from the start.
/// </summary>
public sealed record SaveIdea : ICommand<Result<Guid>>
{
    public Guid? IdeaId { get; init; }

    /// <summary>Set by the caller from the signed-in member.</summary>
    public Guid MemberId { get; init; }

    /// <summary>Set by the caller: moderators may edit any idea at any time.</summary>
    public bool MemberIsModerator { get; init; }

    public string Title { get; init; } = "";

    public string Body { get; init; } = "";

    public string? Tags { get; init; }

    public int[] RoleIds { get; init; } = [];
}

public sealed class SaveIdeaValidator : AbstractValidator<SaveIdea>
{
    public SaveIdeaValidator(IStringLocalizer<ValidationMessages> text, ClubDbContext db, Reputation.NewcomerLinks links)
    {
        RuleFor(c => c.Title)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Dai un titolo all'idea."])
            .MaximumLength(Idea.TitleMaxLength).WithMessage(_ => text["Questo campo può avere al massimo {0} caratteri.", Idea.TitleMaxLength]);
        RuleFor(c => c.Body)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Spiega l'idea: che cosa proponi e perché servirebbe al Club."])
            .MaximumLength(Idea.BodyMaxLength).WithMessage(_ => text["Questo campo può avere al massimo {0} caratteri.", Idea.BodyMaxLength])
            .ClubNewcomerLinks(text, links, c => c.MemberId);
        RuleFor(c => c.Tags).ClubTags(text);
        RuleFor(c => c.RoleIds)
            .Cascade(CascadeMode.Stop)
            .Must(ids => ids.Distinct().Count() <= Idea.MaxRoles).WithMessage(_ => text["Scegli al massimo {0} ruoli.", Idea.MaxRoles])
            .ClubRoleIds(text, db);
    }
}

public sealed class SaveIdeaHandler(ClubDbContext db, MarkdownRenderer markdown, TimeProvider clock) : ICommandHandler<SaveIdea, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SaveIdea command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Idea idea;
        if (command.IdeaId is { } id)
        {
            var found = await db.Ideas.SingleOrDefaultAsync(i => i.Id == id && i.Status != IdeaStatus.Duplicate, cancellationToken);
            if (found is null)
            {
                return IdeaErrors.NotFound;
            }

            if (!command.MemberIsModerator)
            {
                if (found.AuthorId != command.MemberId)
                {
                    return IdeaErrors.NotYours;
                }

                if (found.EngagedAt is not null)
                {
                    return IdeaErrors.Locked;
                }
            }

            idea = found;
        }
        else
        {
            idea = new Idea
            {
                Title = "",
                AuthorId = command.MemberId,
                Status = IdeaStatus.New,
                CreatedAt = now,
                HotScore = IdeaRanking.Hot(0, 0, now),
            };
            db.Ideas.Add(idea);
            db.IdeaFollowers.Add(new IdeaFollower { IdeaId = idea.Id, MemberId = command.MemberId, At = now });
        }

        idea.Title = command.Title.Trim();
        idea.BodyMarkdown = command.Body.Trim();
        idea.BodyHtml = markdown.ToSafeHtml(idea.BodyMarkdown);
        idea.Tags = Tags.Parse(command.Tags);
        idea.RoleIds = [.. command.RoleIds.Distinct().Order()];
        idea.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return idea.Id;
    }
}

/// <summary>
/// Ideas whose titles look like the one being typed (trigram similarity), so a member can join an
/// existing discussion instead of opening a duplicate.
/// </summary>
public sealed record FindSimilarIdeas(string Title) : IQuery<IReadOnlyList<SimilarIdea>>
{
    public const int Limit = 5;

    /// <summary>pg_trgm's own default threshold for "similar".</summary>
    public const double MinimumSimilarity = 0.3;
}

public sealed record SimilarIdea(Guid Id, string Title, IdeaStatus Status, int VotesFor, int VotesAgainst);

public sealed class FindSimilarIdeasHandler(ClubDbContext db) : IQueryHandler<FindSimilarIdeas, IReadOnlyList<SimilarIdea>>
{
    public async ValueTask<IReadOnlyList<SimilarIdea>> Handle(FindSimilarIdeas query, CancellationToken cancellationToken)
    {
        var title = query.Title.Trim();
        if (title.Length < 4)
        {
            return [];
        }

        if (title.Length > Idea.TitleMaxLength)
        {
            title = title[..Idea.TitleMaxLength];
        }

        var duplicate = (int)IdeaStatus.Duplicate;
        // The nearest titles by trigram distance (1 - similarity) straight from the GiST index, then only
        // those at least as similar as pg_trgm's default threshold (0.3).
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT id, title, status, votes_for, votes_against FROM (
                SELECT id, title, status, votes_for, votes_against, title <-> {title} AS distance
                FROM ideas
                WHERE status <> {duplicate}
                ORDER BY title <-> {title}
                LIMIT {FindSimilarIdeas.Limit}) nearest
            WHERE distance <= {1 - FindSimilarIdeas.MinimumSimilarity}
            ORDER BY distance, id DESC
            """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SimilarIdea(r.Id, r.Title, (IdeaStatus)r.Status, r.VotesFor, r.VotesAgainst))];
    }

    private sealed record Row(Guid Id, string Title, int Status, int VotesFor, int VotesAgainst);
}

/// <summary>A member follows an idea or stops following it.</summary>
public sealed record FollowIdea(Guid IdeaId, Guid MemberId, bool Follow) : ICommand<Result<bool>>;

public sealed class FollowIdeaHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<FollowIdea, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(FollowIdea command, CancellationToken cancellationToken)
    {
        if (!await db.Ideas.AnyAsync(i => i.Id == command.IdeaId && i.Status != IdeaStatus.Duplicate, cancellationToken))
        {
            return IdeaErrors.NotFound;
        }

        var (ideaId, memberId) = (command.IdeaId, command.MemberId);
        if (command.Follow)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO idea_followers (idea_id, member_id, at) VALUES ({ideaId}, {memberId}, {clock.GetUtcNow()})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
        }
        else
        {
            await db.IdeaFollowers.Where(f => f.IdeaId == ideaId && f.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        }

        return command.Follow;
    }
}
