using ClubMediaSociali.Application.Common.Events;

namespace ClubMediaSociali.Application.Data;

public static class OutboxExtensions
{
    /// <summary>Writes the event to the outbox with the context's next save, so that it is committed with the change that raised it (ADR-008).</summary>
    public static void Raise(this ClubDbContext db, IDomainEvent domainEvent, DateTimeOffset at) =>
        db.OutboxMessages.Add(DomainEvents.Message(domainEvent, at));
}
