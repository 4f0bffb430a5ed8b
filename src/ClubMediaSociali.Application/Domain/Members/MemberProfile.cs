namespace ClubMediaSociali.Application.Domain.Members;

/// <summary>Who may see a member's profile.</summary>
public enum ProfileVisibility
{
    Everyone = 0,
    MembersOnly = 1,
}

/// <summary>Limits of the profile's fields, shared by the entity, its validators and its forms.</summary>
public static class ProfileLimits
{
    public const int HeadlineMaxLength = 160;
    public const int BioMaxLength = 4000;
    public const int CompanyNameMaxLength = 120;
    public const int CityMaxLength = 80;
    public const int UrlMaxLength = 300;
    public const int ValueTextMaxLength = 600;
    public const int TagMaxLength = 40;
    public const int MaxTags = 15;
    public const int HandleMaxLength = 60;
}
