namespace ClubMediaSociali.Web.Features.Shared;

/// <summary>What <c>_RolePicker</c> needs: the form field, the roles already chosen, a prefix for element ids and the summary line.</summary>
public sealed record RolePicker(string Field, int[] Selected, string Prefix, string Summary);
