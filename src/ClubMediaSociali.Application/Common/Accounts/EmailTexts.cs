namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>Marker for the localized texts of account emails (Resources/Common/Accounts/EmailTexts.*.resx).</summary>
public sealed class EmailTexts;
