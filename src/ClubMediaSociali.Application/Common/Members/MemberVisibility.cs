using System.Linq.Expressions;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;

namespace ClubMediaSociali.Application.Common.Members;

/// <summary>Which members the Club shows where: one definition for every list.</summary>
public static class MemberVisibility
{
    /// <summary>Members with an account in use: not deleted, not suspended. Leaderboards, badges and mail read these.</summary>
    public static readonly Expression<Func<Member, bool>> Active = m => m.DeletedAt == null && m.SuspendedAt == null;

    /// <summary>Active members whose profile passed the spam check: the directory, search and suggestions read these.</summary>
    public static readonly Expression<Func<Member, bool>> Listed = m => m.DeletedAt == null && m.SuspendedAt == null && m.ProfileScreening == Screening.Clear;
}
