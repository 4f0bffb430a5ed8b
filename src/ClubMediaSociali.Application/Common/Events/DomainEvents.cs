using System.Text.Json;

namespace ClubMediaSociali.Application.Common.Events;

/// <summary>The events of the Club by their stored type name, and their JSON form.</summary>
public static class DomainEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private static readonly Dictionary<string, Type> ByName = typeof(DomainEvents).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<Type> All => ByName.Values;

    public static OutboxMessage Message(IDomainEvent domainEvent, DateTimeOffset at) => new()
    {
        Type = domainEvent.GetType().Name,
        Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), Json),
        OccurredAt = at,
        DueAt = at,
    };

    public static IDomainEvent? Read(string type, string payload) =>
        ByName.TryGetValue(type, out var known) ? (IDomainEvent?)JsonSerializer.Deserialize(payload, known, Json) : null;
}
