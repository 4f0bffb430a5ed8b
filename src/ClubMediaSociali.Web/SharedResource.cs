namespace ClubMediaSociali.Web;

/// <summary>
/// Marker for the site's localized texts (Resources/SharedResource.*.resx). Keys are the Italian
/// texts, so Italian needs no file; SharedResource.en.resx translates them to English.
/// </summary>
public sealed class SharedResource;
