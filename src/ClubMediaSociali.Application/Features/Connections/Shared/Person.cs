namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>A member as the network pages show them.</summary>
public sealed record Person(Guid Id, string Handle, string DisplayName, string? Headline, string PrimaryRole, string RoleGroup, string? PhotoHash = null);
