using ClubMediaSociali.Application.Common.Email;

namespace ClubMediaSociali.Tests.Features.Media;

/// <summary>Logos in mail: the PNG kept for mail clients, at its absolute address, beside each link.</summary>
public sealed class MailPicturesTests
{
    [Fact]
    public void Links_with_pictures_show_each_logo_before_its_title_and_keep_the_room_of_a_missing_one()
    {
        var mail = new ClubMail("Club dei media sociali", "Se il pulsante non funziona, apri questo indirizzo:");
        var logo = $"https://club.example/media/{new string('b', 64)}/400.png";

        var (text, html) = mail.PictureLinks(
        [
            ("Foto per il nuovo olio", "https://club.example/opportunita/1", logo),
            ("Un video per la vendemmia", "https://club.example/opportunita/2", null),
        ]).Bodies();

        Assert.Contains($"<img src=\"{logo}\" width=\"32\" height=\"32\" alt=\"\"", html, StringComparison.Ordinal);
        Assert.Equal(1, html.Split("<img ").Length - 1);
        Assert.Equal(2, html.Split("<td style=\"width:32px").Length - 1);
        Assert.Contains("- Foto per il nuovo olio\n  https://club.example/opportunita/1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".webp", html, StringComparison.Ordinal);
    }
}
