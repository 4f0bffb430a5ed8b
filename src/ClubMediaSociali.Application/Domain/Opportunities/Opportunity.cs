namespace ClubMediaSociali.Application.Domain.Opportunities;

/// <summary>
/// A business opportunity published by a company. This first cut holds what the home page needs;
/// the business network feature adds companies, kinds, responses and matching.
/// </summary>
public class Opportunity
{
    public const int TitleMaxLength = 160;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public OpportunityStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

public enum OpportunityStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
}
