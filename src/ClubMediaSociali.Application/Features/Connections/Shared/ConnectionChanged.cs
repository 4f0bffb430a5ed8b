namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>What a member did to a tie with another member, for the page to say so.</summary>
public sealed record ConnectionChanged(string Handle, string DisplayName);
