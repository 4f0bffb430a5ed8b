using ClubMediaSociali.Application.Features.Search;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Search;

/// <summary>The search box in the navigation: everything in the Club at once, grouped by kind.</summary>
[AllowAnonymous]
public sealed class SearchController(IMediator mediator) : ClubController
{
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Ideas, PageCache.Practices, PageCache.Opportunities, PageCache.Members, PageCache.Companies])]
    [HttpGet("/cerca")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var results = string.IsNullOrWhiteSpace(q)
            ? new SearchResults("", [])
            : await mediator.Send(new SearchClub(q), cancellationToken);
        return View(results);
    }
}

/// <summary>Each kind's name and the address of its own list filtered by the same words.</summary>
public static class SearchTexts
{
    public static string Kind(IStringLocalizer text, SearchKind kind) => kind switch
    {
        SearchKind.Practices => text["Pratiche"],
        SearchKind.Ideas => text["Idee"],
        SearchKind.Opportunities => text["Opportunità"],
        SearchKind.Members => text["Membri del Club"],
        SearchKind.Events => text["Eventi in programma"],
        _ => text["Aziende e organizzazioni"],
    };

    public static string FullList(SearchKind kind, string words)
    {
        var q = Uri.EscapeDataString(words);
        return kind switch
        {
            SearchKind.Practices => $"/repertorio?q={q}",
            SearchKind.Ideas => $"/idee?q={q}",
            SearchKind.Opportunities => $"/opportunita?q={q}",
            SearchKind.Members => $"/membri?q={q}",
            SearchKind.Events => $"/eventi?q={q}",
            _ => $"/aziende?q={q}",
        };
    }
}
