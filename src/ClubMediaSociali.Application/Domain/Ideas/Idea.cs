namespace ClubMediaSociali.Application.Domain.Ideas;

/// <summary>
/// An idea of the network of ideas. This first cut holds what the home page needs; the ideas
/// feature adds bodies, votes, ranking and the decision log.
/// </summary>
public class Idea
{
    public const int TitleMaxLength = 160;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public IdeaStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
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
