namespace ClubMediaSociali.Application.Common.Events;

/// <summary>
/// Something that happened in the Club, raised by a handler with its change (<c>db.Raise(...)</c>)
/// and written to the outbox in the same transaction; its <see cref="IEffect{TEvent}"/>s run after the commit.
/// Events are records of ids and values, serialized as JSON: renaming one or its properties needs the
/// outbox to be empty.
/// </summary>
public interface IDomainEvent;

/// <summary>
/// Work that follows an event after the commit: a notification, a reputation line, a badge. Each effect
/// of each event happens once: it runs in its own transaction together with the record that it ran, and
/// is retried until it succeeds. It must never undo or depend on undoing the action that raised the event.
/// </summary>
public interface IEffect<in TEvent>
    where TEvent : IDomainEvent
{
    Task RunAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
