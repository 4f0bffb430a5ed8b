using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Events;

public static class EventErrors
{
    public static readonly Error NotFound = Error.NotFound("events.not_found");

    /// <summary>Not staff, not a representative of the organising company, below trust level "esperto".</summary>
    public static readonly Error MayNotOrganize = Error.Forbidden("events.may_not_organize");

    /// <summary>Not one who manages this event.</summary>
    public static readonly Error NotOrganizer = Error.Forbidden("events.not_organizer");

    public static readonly Error Cancelled = Error.Conflict("events.cancelled");

    /// <summary>Registrations closed: the deadline or the start passed.</summary>
    public static readonly Error RegistrationClosed = Error.Conflict("events.registration_closed");

    public static readonly Error NotRegistered = Error.Conflict("events.not_registered");

    /// <summary>An event that is over is not changed any more (its materials are added apart).</summary>
    /// <summary>Arrivals are marked from the day before the event until a week after it.</summary>
    public static readonly Error CheckInClosed = Error.Conflict("events.check_in_closed");

    /// <summary>Materials and the practice made from them come from the event's start on.</summary>
    public static readonly Error NotStarted = Error.Conflict("events.not_started");

    /// <summary>An event becomes a story or a resource, no other kind of practice.</summary>
    public static readonly Error PracticeKind = Error.Invalid("events.practice_kind");

    /// <summary>A practice draft was already made from this event.</summary>
    public static readonly Error AlreadyTurned = Error.Conflict("events.already_turned");

    public static readonly Error Over = Error.Conflict("events.over");
}
