namespace ClubMediaSociali.Application.Common.Links;

/// <summary>
/// The absolute address of a <see cref="Target"/>, for mail written by the Application project
/// (built by the web layer from Site:BaseUrl).
/// </summary>
public interface IClubLinks
{
    string Absolute(Target target);

    /// <summary>The address of a <see cref="Target"/> within the site, for links in texts the Club renders.</summary>
    string Path(Target target);
}
