using System.Text.RegularExpressions;
using MimeKit;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>Reads the mail the app wrote to its pickup folder, like a member reading their inbox.</summary>
public static partial class Mailbox
{
    public static IReadOnlyList<MimeMessage> To(string folder, string address) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order()
                .Select(file => MimeMessage.Load(file))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList()
            : [];

    /// <summary>The first link in the newest message to <paramref name="address"/>, as a path and query the test client can follow.</summary>
    public static string LatestLinkTo(string folder, string address)
    {
        var messages = To(folder, address);
        var message = messages.Count > 0 ? messages[^1] : throw new InvalidOperationException($"No mail was sent to {address}.");
        var link = Link().Match(message.TextBody ?? "");
        Assert.True(link.Success, $"The mail '{message.Subject}' has no link.");
        return new Uri(link.Value).PathAndQuery;
    }

    /// <summary>The latest link mailed to the address, waiting up to 10 s for the mail: effects send it after the commit.</summary>
    public static async Task<string> LinkToAsync(string folder, string address)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                if (To(folder, address).Count > 0)
                {
                    return LatestLinkTo(folder, address);
                }
            }
            catch (IOException)
            {
                // The mail is being written at this moment: read it on the next round.
            }

            await Task.Delay(100);
        }

        return LatestLinkTo(folder, address);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
