namespace ClubMediaSociali.Web.Infrastructure.Email;

/// <summary>Settings of section "Smtp". With no Host, Development writes mail to a pickup folder instead.</summary>
public sealed class EmailOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Require STARTTLS. Off only for local catchers (compose's mail catcher, the test server).</summary>
    public bool UseStartTls { get; set; } = true;

    public string FromAddress { get; set; } = "noreply@club.example";

    public string FromName { get; set; } = "Club dei media sociali";

    /// <summary>Folder for the Development pickup sender; relative paths start at the repository's .data folder.</summary>
    public string PickupFolder { get; set; } = "mail";
}
