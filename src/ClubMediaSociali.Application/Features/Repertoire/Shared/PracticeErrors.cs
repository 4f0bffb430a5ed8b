using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Repertoire;

public static class PracticeErrors
{
    public static readonly Error NotFound = Error.NotFound("practices.not_found");
    public static readonly Error NotYours = Error.NotFound("practices.not_yours");
    public static readonly Error NotEditable = Error.Conflict("practices.not_editable");
    public static readonly Error NotSubmitted = Error.Conflict("practices.not_submitted");

    /// <summary>Someone else decided on, or changed, what the moderator was looking at.</summary>
    public static readonly Error ChangedMeanwhile = Error.Conflict("practices.changed_meanwhile");
    public static readonly Error OwnPractice = Error.Conflict("practices.own");
}
