namespace ClubMediaSociali.Application.Common;

/// <summary>
/// Marker for the localized texts of validators (Resources/ValidationMessages.*.resx).
/// Keys are the Italian texts; the English file translates them.
/// </summary>
public sealed class ValidationMessages;
