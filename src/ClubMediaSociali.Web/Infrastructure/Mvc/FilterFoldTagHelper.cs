using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Infrastructure.Mvc;

/// <summary>
/// Folds a list's filter form behind a "Filtri" control on the phone, so the first screen shows the list.
/// It is a &lt;details&gt; element, which opens without JavaScript; on wide screens site.css shows the form
/// and hides the control. The summary counts the filters in use, so a folded form still says what applies.
/// </summary>
[HtmlTargetElement("filter-fold")]
public sealed class FilterFoldTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    /// <summary>How many filters the current list applies.</summary>
    public int Active { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "details";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "filter-fold");
        var label = Active == 0 ? text["Filtri"].Value : text["Filtri ({0} attivi)", Active].Value;
        output.PreContent.SetHtmlContent($"<summary class=\"filter-fold-toggle btn btn-outline-secondary\">{System.Net.WebUtility.HtmlEncode(label)}</summary>");
    }
}
