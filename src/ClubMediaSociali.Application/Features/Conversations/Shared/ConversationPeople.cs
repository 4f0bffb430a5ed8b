namespace ClubMediaSociali.Application.Features.Conversations;

/// <summary>A participant as a conversation shows them; a deleted account shows as "Ex membro" (<see cref="Former"/>), with no link.</summary>
public sealed record Participant(Guid Id, string Handle, string DisplayName, string? PhotoHash, bool Former, bool Left);
