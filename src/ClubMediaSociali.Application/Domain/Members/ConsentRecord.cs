namespace ClubMediaSociali.Application.Domain.Members;

public enum ConsentKind
{
    Terms = 0,
    Privacy = 1,
    EmailDigest = 2,
}

/// <summary>
/// One consent given or withdrawn, with the version of the text it concerned. Never updated:
/// the member's consent history is the list of these.
/// </summary>
public class ConsentRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MemberId { get; init; }

    public ConsentKind Kind { get; init; }

    public required string Version { get; init; }

    public bool Granted { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
