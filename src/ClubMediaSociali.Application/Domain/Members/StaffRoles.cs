namespace ClubMediaSociali.Application.Domain.Members;

/// <summary>
/// The Club's few staff roles (Identity roles). Every member is a Member; moderators curate and keep
/// discussion clean; admins manage people, roles and settings.
/// </summary>
public static class StaffRoles
{
    public const string Moderator = "Moderator";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Moderator, Admin];
}
