using Microsoft.AspNetCore.Mvc.Razor;

namespace ClubMediaSociali.Web.Infrastructure.Mvc;

/// <summary>Views live beside their controller: Features/{Area}/{View}.cshtml, shared ones in Features/Shared.</summary>
internal static class FeatureFolders
{
    public static void Configure(RazorViewEngineOptions options)
    {
        options.ViewLocationFormats.Clear();
        options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
        options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
    }
}
