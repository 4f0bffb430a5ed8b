using ClubMediaSociali.Application.Features.Media;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ClubMediaSociali.Web.Infrastructure.Mvc;

public enum AvatarSize
{
    /// <summary>28 CSS px: contact lists.</summary>
    Small,

    /// <summary>40 CSS px: cards, lists, comments.</summary>
    Medium,

    /// <summary>80 CSS px: a profile's or a company's head.</summary>
    Large,
}

/// <summary>
/// A member's face or a company's logo wherever they appear: their picture when they have one (the size that fills
/// the box at twice its pixels), else their initials on their colour. Decorative either way, since the name is
/// always written beside it.
/// <code>&lt;avatar of="@m.Id" name="@m.DisplayName" picture="@m.PhotoHash" size="Large" /&gt;</code>
/// </summary>
[HtmlTargetElement("avatar", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AvatarTagHelper : TagHelper
{
    public Guid Of { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The picture's source hash (a member's photo, a company's logo); null for initials.</summary>
    public string? Picture { get; set; }

    public AvatarSize Size { get; set; } = AvatarSize.Medium;

    /// <summary>A company's logo: shown whole on white, never cut.</summary>
    public bool Company { get; set; }

    public static string Address(string hash, int cssPixels) => $"/media/{hash}/{Pictures.SquareVariant(cssPixels * 2)}";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (sizeClass, pixels) = Size switch
        {
            AvatarSize.Small => (" avatar-sm", 28),
            AvatarSize.Large => (" avatar-lg", 80),
            _ => ("", 40),
        };
        var classes = $"avatar{sizeClass}{(Company ? " company-logo" : "")}";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Picture is { Length: > 0 } hash)
        {
            output.TagName = "img";
            output.TagMode = TagMode.SelfClosing;
            output.Attributes.SetAttribute("class", $"{classes} avatar-picture");
            output.Attributes.SetAttribute("src", Address(hash, pixels));
            output.Attributes.SetAttribute("alt", "");
            output.Attributes.SetAttribute("width", pixels);
            output.Attributes.SetAttribute("height", pixels);
            output.Attributes.SetAttribute("loading", "lazy");
            output.Attributes.SetAttribute("decoding", "async");
            return;
        }

        output.TagName = "span";
        output.Attributes.SetAttribute("class", $"{classes} {Avatars.ColourClass(Of)}");
        output.Attributes.SetAttribute("aria-hidden", "true");
        output.Content.SetContent(Avatars.Initials(Name));
    }
}
