using Microsoft.AspNetCore.Identity;

namespace ClubMediaSociali.Application.Domain.Members;

/// <summary>A person with an account in the Club.</summary>
public class Member : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 80;

    public Member()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";

    public DateTimeOffset JoinedAt { get; set; }
}
