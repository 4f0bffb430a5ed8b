using ClubMediaSociali.Application.Domain.Network;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Home;

/// <summary>The kinds of saved things in the reader's language, and their addresses in the "Salvati" filter.</summary>
public static class SavedTexts
{
    public static string Kind(IStringLocalizer text, SavedKind kind) => kind switch
    {
        SavedKind.Practice => text["Pratica"],
        SavedKind.Idea => text["Idea"],
        _ => text["Opportunità"],
    };

    public static string Plural(IStringLocalizer text, SavedKind kind) => kind switch
    {
        SavedKind.Practice => text["Pratiche"],
        SavedKind.Idea => text["Idee"],
        _ => text["Opportunità"],
    };

    /// <summary>The kind's word in addresses (/salvati?tipo=idee, /salvati/idee/{id}).</summary>
    public static string Slug(SavedKind kind) => kind switch
    {
        SavedKind.Practice => "pratiche",
        SavedKind.Idea => "idee",
        _ => "opportunita",
    };

    public static SavedKind? FromSlug(string? slug) =>
        Enum.GetValues<SavedKind>().Cast<SavedKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);
}
