using ClubMediaSociali.Application.Features.Companies;
using ClubMediaSociali.Application.Features.Ideas;
using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Application.Features.Opportunities;
using ClubMediaSociali.Application.Features.Repertoire;
using ClubMediaSociali.Web.Features.Companies;
using ClubMediaSociali.Web.Features.Ideas;
using ClubMediaSociali.Web.Features.Opportunities;
using ClubMediaSociali.Web.Features.Repertoire;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Sharing;

/// <summary>
/// The share picture of each practice, idea, opportunity, company and profile (<see cref="ShareImages"/>),
/// for whoever may read the page it belongs to: a draft has no picture for a visitor, as it has no page.
/// </summary>
[AllowAnonymous]
[Route("condivisione")]
public sealed class ShareImagesController(IMediator mediator, ShareImages images, IStringLocalizer<SharedResource> text) : ClubController
{
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Practices])]
    [HttpGet("pratiche/{id:guid}.png")]
    public async Task<IActionResult> Practice(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetPractice(id, ClubCultures.Current), cancellationToken);
        return result.IsSuccess
            ? await PngAsync($"{text["Repertorio"]} · {PracticeTexts.Kind(text, result.Value.Practice.Kind)}", result.Value.Practice.Title, cancellationToken)
            : Refusal(result.Error!);
    }

    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Ideas])]
    [HttpGet("idee/{id:guid}.png")]
    public async Task<IActionResult> Idea(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetIdea(id, ClubCultures.Current), cancellationToken);
        return result.IsSuccess
            ? await PngAsync($"{text["Idea"]} · {IdeaTexts.Status(text, result.Value.Status)}", result.Value.Title, cancellationToken)
            : Refusal(result.Error!);
    }

    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Opportunities])]
    [HttpGet("opportunita/{id:guid}.png")]
    public async Task<IActionResult> Opportunity(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetOpportunity(id, ClubCultures.Current), cancellationToken);
        return result.IsSuccess
            ? await PngAsync($"{OpportunityTexts.Kind(text, result.Value.Kind)} · {result.Value.CompanyName}", result.Value.Title, cancellationToken)
            : Refusal(result.Error!);
    }

    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Companies])]
    [HttpGet("aziende/{slug}.png")]
    public async Task<IActionResult> Company(string slug, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetCompany(slug), cancellationToken);
        return result.IsSuccess
            ? await PngAsync($"{CompanyTexts.Kind(text, result.Value.Kind)} · {result.Value.Sector}", result.Value.Name, cancellationToken, result.Value.LogoHash, "400.png")
            : Refusal(result.Error!);
    }

    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Members])]
    [HttpGet("membri/{handle}.png")]
    public async Task<IActionResult> Member(string handle, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetMemberProfile(handle, ClubCultures.Current), cancellationToken);
        return result.IsSuccess
            ? await PngAsync($"{text["Membro del Club"]} · {result.Value.PrimaryRole}", result.Value.DisplayName, cancellationToken, result.Value.PhotoHash, "400.jpg")
            : Refusal(result.Error!);
    }

    /// <param name="pictureHash">A photo's or a logo's source hash, drawn from its <paramref name="variant"/> (the one kept for mail and previews).</param>
    private async Task<IActionResult> PngAsync(string label, string title, CancellationToken cancellationToken, string? pictureHash = null, string? variant = null)
    {
        var picture = pictureHash is null ? null : await mediator.Send(new Application.Features.Media.GetPicture(pictureHash, variant!), cancellationToken);
        var png = await images.PngAsync(label, title, text["Club dei media sociali"], cancellationToken, picture?.Content);
        Response.Headers.CacheControl = "public, max-age=3600";
        return File(png, "image/png");
    }
}
