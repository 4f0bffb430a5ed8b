namespace ClubMediaSociali.Application.Domain.Ideas;

/// <summary>
/// An idea of the network of ideas. Its counters and ranking scores are kept by the vote statement
/// itself (see <see cref="IdeaRanking"/>); only moderators change its status, each time with a
/// public reason written to the decision log.
/// </summary>
public class Idea
{
    public const int TitleMaxLength = 160;
    public const int BodyMaxLength = 10_000;
    public const int MaxRoles = 5;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public string BodyMarkdown { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    public string[] Tags { get; set; } = [];

    /// <summary>The professional roles the idea concerns.</summary>
    public int[] RoleIds { get; set; } = [];

    /// <summary>Null once the author's account is deleted.</summary>
    public Guid? AuthorId { get; set; }

    public IdeaStatus Status { get; set; }

    public int VotesFor { get; set; }

    public int VotesAgainst { get; set; }

    /// <summary>Visible comments: what "Più discusse" sorts on.</summary>
    public int CommentCount { get; set; }

    /// <summary>"Di tendenza": <see cref="IdeaRanking.Hot"/> of the current votes, with the time fixed at posting.</summary>
    public double HotScore { get; set; }

    /// <summary>"Le migliori": <see cref="IdeaRanking.Wilson"/> lower bound of the share of votes in favour.</summary>
    public double WilsonScore { get; set; }

    /// <summary>When the first vote or comment arrived: from then on only moderators edit the idea.</summary>
    public DateTimeOffset? EngagedAt { get; set; }

    /// <summary>For a duplicate, the original it was merged into.</summary>
    public Guid? DuplicateOfId { get; set; }

    /// <summary>The practice draft a moderator made of this idea, if any.</summary>
    public Guid? PracticeId { get; set; }

    /// <summary>Whether it passed the spam defence; only clear contributions are public (see <see cref="Moderation.Screening"/>).</summary>
    public Moderation.Screening Screening { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Counts one more vote and ranks the idea again, as the vote statement does in SQL (with the same
    /// formulas, <see cref="IdeaRanking"/>): for votes written in bulk, such as demo content.
    /// </summary>
    public void CountVote(short value)
    {
        if (value == IdeaVote.For)
        {
            VotesFor++;
        }
        else
        {
            VotesAgainst++;
        }

        Rank();
    }

    /// <summary>Forgets every vote counted (a duplicate's votes move to its original).</summary>
    public void ClearVotes()
    {
        (VotesFor, VotesAgainst) = (0, 0);
        Rank();
    }

    /// <summary>Sets the ranking scores from the votes counted so far: a new idea is ranked by its age alone.</summary>
    public void Rank()
    {
        HotScore = IdeaRanking.Hot(VotesFor, VotesAgainst, CreatedAt);
        WilsonScore = IdeaRanking.Wilson(VotesFor, VotesAgainst);
    }

    /// <summary>Votes are taken while the idea is still open.</summary>
    public bool IsOpen => IsOpenStatus(Status);

    public static bool IsOpenStatus(IdeaStatus status) =>
        status is IdeaStatus.New or IdeaStatus.UnderDiscussion or IdeaStatus.Selected or IdeaStatus.InProgress;
}

public enum IdeaStatus
{
    New = 0,
    UnderDiscussion = 1,
    Selected = 2,
    InProgress = 3,
    Realised = 4,
    Declined = 5,
    Duplicate = 6,
}

/// <summary>One member's vote on one idea: the primary key (idea, member) settles double submissions.</summary>
public class IdeaVote
{
    public const short For = 1;
    public const short Against = -1;

    public Guid IdeaId { get; init; }

    public Guid MemberId { get; init; }

    /// <summary>+1 for, -1 against.</summary>
    public short Value { get; set; }

    /// <summary>When the vote was cast or last changed: what the daily limit counts.</summary>
    public DateTimeOffset At { get; set; }
}

/// <summary>A member who follows an idea is told of its status changes and new comments.</summary>
public class IdeaFollower
{
    public Guid IdeaId { get; init; }

    public Guid MemberId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The author follows their idea from the moment it is posted.</summary>
    public static IdeaFollower Author(Idea idea) =>
        new() { IdeaId = idea.Id, MemberId = idea.AuthorId ?? throw new InvalidOperationException("The idea has no author."), At = idea.CreatedAt };
}

/// <summary>A line of the public decision log: every status change of an idea, with its reason.</summary>
public class IdeaDecision
{
    public const int ReasonMaxLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid IdeaId { get; init; }

    public IdeaStatus FromStatus { get; init; }

    public IdeaStatus ToStatus { get; init; }

    public required string Reason { get; init; }

    /// <summary>The moderator; null once their account is deleted.</summary>
    public Guid? DecidedById { get; set; }

    public DateTimeOffset At { get; init; }
}
