using ClubMediaSociali.Application.Common.Results;

namespace ClubMediaSociali.Application.Features.Ideas;

public static class IdeaErrors
{
    public static readonly Error NotFound = Error.NotFound("ideas.not_found");
    public static readonly Error NotYours = Error.Forbidden("ideas.not_yours");
    public static readonly Error Locked = Error.Conflict("ideas.locked");
    public static readonly Error OwnIdea = Error.Conflict("ideas.own");
    public static readonly Error Closed = Error.Conflict("ideas.closed");
    public static readonly Error DailyLimit = Error.TooMany("ideas.daily_limit");
}
