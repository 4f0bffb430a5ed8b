namespace ClubMediaSociali.Web.Features.FirstSteps;

/// <summary>Addresses of a path's steps: a practice's own page, read as a step of the path.</summary>
public static class PathLinks
{
    /// <summary>The practice's page with the path's bar; the anchor brings the reader to the step's note.</summary>
    public static string Step(Guid practiceId, string? slug) =>
        slug is null ? $"/repertorio/{practiceId}" : $"/repertorio/{practiceId}?percorso={Uri.EscapeDataString(slug)}";
}
