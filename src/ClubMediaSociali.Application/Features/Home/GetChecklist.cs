using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Comments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Home;

/// <summary>
/// The new member's first steps on the bacheca, each ticked from what they did: the profile complete (its badge), a
/// photo, a tag or role followed, three people followed, a path of Primi passi opened, an idea or a comment.
/// </summary>
public sealed record GetChecklist : IQuery<Checklist>;

public sealed record Checklist(bool ProfileComplete, bool Photo, bool FollowsSubjects, bool FollowsPeople, bool OpenedFirstSteps, bool IntroducedThemself)
{
    public const int PeopleToFollow = 3;

    public const string ProfileBadge = "biglietto-da-visita";

    public bool Done => ProfileComplete && Photo && FollowsSubjects && FollowsPeople && OpenedFirstSteps && IntroducedThemself;

    public int DoneCount => new[] { ProfileComplete, Photo, FollowsSubjects, FollowsPeople, OpenedFirstSteps, IntroducedThemself }.Count(d => d);
}

public sealed class GetChecklistHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetChecklist, Checklist>
{
    public async ValueTask<Checklist> Handle(GetChecklist query, CancellationToken cancellationToken)
    {
        var me = currentMember.RequiredId;
        var visible = (int)CommentStatus.Visible;
        return await db.Database.SqlQuery<Checklist>($"""
            SELECT
                EXISTS (SELECT 1 FROM member_badges WHERE member_id = m.id AND badge_key = {Checklist.ProfileBadge}) AS profile_complete,
                m.photo_hash IS NOT NULL AS photo,
                (EXISTS (SELECT 1 FROM tag_follows WHERE follower_id = m.id) OR EXISTS (SELECT 1 FROM role_follows WHERE follower_id = m.id)) AS follows_subjects,
                (SELECT count(*) FROM member_follows WHERE follower_id = m.id) >= {Checklist.PeopleToFollow} AS follows_people,
                EXISTS (SELECT 1 FROM learning_path_progress WHERE member_id = m.id) AS opened_first_steps,
                (EXISTS (SELECT 1 FROM ideas WHERE author_id = m.id) OR EXISTS (SELECT 1 FROM comments WHERE author_id = m.id AND status = {visible})) AS introduced_themself
            FROM members m WHERE m.id = {me}
            """).SingleAsync(cancellationToken);
    }
}
