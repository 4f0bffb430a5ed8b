using ClubMediaSociali.Application.Common.Links;

namespace ClubMediaSociali.Web.Infrastructure.Links;

/// <summary>The site's public address, for links in mail sent outside a web request (jobs) and in pages shared elsewhere.</summary>
public interface ISiteAddress : IClubLinks
{
    string Absolute(string pathAndQuery);
}
