namespace ClubMediaSociali.Application.Common.Limits;

/// <summary>Where the request being handled comes from: the client's address, or none for scheduled work.</summary>
public interface IRequestOrigin
{
    string? Address { get; }
}

/// <summary>Work that no visitor asked for (effects, jobs, tools).</summary>
public sealed class NoRequestOrigin : IRequestOrigin
{
    public string? Address => null;
}
