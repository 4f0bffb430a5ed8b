namespace ClubMediaSociali.Application.Features.Connections;

/// <summary>How two members stand to each other, seen from the viewer.</summary>
public enum ConnectionState
{
    None,
    RequestSent,
    RequestReceived,
    Connected,

    /// <summary>The other member declined the viewer's request less than a month ago.</summary>
    Declined,
}
