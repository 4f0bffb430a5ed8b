namespace ClubMediaSociali.Application.Common.Events;

/// <summary>An event waiting in the outbox (ADR-008): written with the change that raised it, dispatched after the commit.</summary>
public class OutboxMessage
{
    public const int TypeMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The event's type name (<see cref="DomainEvents"/>).</summary>
    public required string Type { get; init; }

    /// <summary>The event as JSON.</summary>
    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>When the dispatcher may try it (again): its effects' failures push it back.</summary>
    public DateTimeOffset DueAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>When every effect of the event had run.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }
}

/// <summary>The record that one effect of one event has run, committed with the effect's own writes.</summary>
public class OutboxEffect
{
    public const int NameMaxLength = 150;

    public Guid MessageId { get; init; }

    public required string Effect { get; init; }

    public DateTimeOffset DoneAt { get; init; }
}
