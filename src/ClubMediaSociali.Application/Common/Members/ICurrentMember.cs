namespace ClubMediaSociali.Application.Common.Members;

/// <summary>
/// The member on whose behalf a use case runs: the signed-in member of a web request, nobody for a
/// visitor or a scheduled job. Handlers and validators read who acts from here, never from the request,
/// so a form cannot name someone else as its author.
/// </summary>
public interface ICurrentMember
{
    /// <summary>The member's id, or null for a visitor.</summary>
    Guid? Id { get; }

    bool IsSignedIn => Id is not null;

    /// <summary>Whether the acting member is this one (an author, an owner); never true for a visitor.</summary>
    bool Is(Guid? memberId) => Id is not null && Id == memberId;

    /// <summary>Has confirmed the email address: may post.</summary>
    bool IsConfirmed { get; }

    /// <summary>Holds moderator powers in this session (the moderator or admin role, and two-step verification).</summary>
    bool IsModerator { get; }

    /// <summary>Holds admin powers in this session (the admin role, and two-step verification).</summary>
    bool IsAdmin { get; }

    /// <summary>
    /// The member's id for use cases that only signed-in members reach (their action's policy says so);
    /// reaching one as a visitor is a bug, not an expected outcome.
    /// </summary>
    Guid RequiredId => Id ?? throw new InvalidOperationException("This use case needs a signed-in member, and there is none.");
}

/// <summary>
/// The one implementation: a visitor until the host says who acts (the web app from the signed-in user
/// at the start of each request, the tests from their fixture), once per scope.
/// </summary>
public sealed class CurrentMember : ICurrentMember
{
    private bool _set;

    public Guid? Id { get; private set; }

    public bool IsConfirmed { get; private set; }

    public bool IsModerator { get; private set; }

    public bool IsAdmin { get; private set; }

    public void Become(Guid id, bool confirmed, bool moderator, bool admin)
    {
        if (_set && Id != id)
        {
            throw new InvalidOperationException("Who acts is set once per scope.");
        }

        (_set, Id, IsConfirmed, IsModerator, IsAdmin) = (true, id, confirmed, moderator || admin, admin);
    }
}
