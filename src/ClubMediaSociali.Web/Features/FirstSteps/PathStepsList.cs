namespace ClubMediaSociali.Web.Features.FirstSteps;

/// <summary>What the steps list needs: the path's address (null in an unsaved preview) and the steps.</summary>
public sealed record PathStepsList(string? Slug, IReadOnlyList<Application.Features.FirstSteps.PathStepView> Steps);
