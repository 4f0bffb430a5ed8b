using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Companies;
using ClubMediaSociali.Application.Features.Events;
using ClubMediaSociali.Application.Features.Following;
using ClubMediaSociali.Application.Features.Opportunities;
using ClubMediaSociali.Web.Features.Media;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Companies;

/// <summary>
/// Company pages of the business network: the directory with its founding partners, creating and
/// editing a page, asking to join it, representatives deciding on requests, admins' marks.
/// </summary>
public sealed class CompaniesController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Companies])]
    [HttpGet("/aziende")]
    public async Task<IActionResult> Index([FromQuery(Name = "tipo")] string? kind, [FromQuery(Name = "settore")] string? sector, [FromQuery(Name = "dimensione")] string? size, [FromQuery(Name = "regione")] ItalianRegion? region, string? q, [FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken)
    {
        var filters = new CompanyFilters(CompanyTexts.ParseKind(kind), sector?.Trim(), CompanyTexts.ParseSize(size), region) { Text = q?.Trim() };
        var directory = await mediator.Send(new ListCompanies(filters.Kind, filters.Sector, filters.Size, filters.Region, after) { Text = filters.Text }, cancellationToken);
        var followed = User.Identity?.IsAuthenticated == true
            ? await mediator.Send(new GetFollowedAmong(FollowKind.Company, [.. directory.Companies.Concat(directory.FoundingPartners).Select(c => c.Id).Distinct()]), cancellationToken)
            : null;
        return View(new CompaniesPage(directory, filters, followed));
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/aziende/nuova")]
    public IActionResult Create() => View("Edit", new SaveCompany());

    [Authorize(Policy = Policies.ConfirmedMember)]
    [LimitedForm(FormLimit.Contributions)]
    [HttpPost("/aziende/nuova")]
    public Task<IActionResult> Create(SaveCompany form, CancellationToken cancellationToken) => SaveAsync(form with { Slug = null }, cancellationToken);

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.Companies, PageCache.Opportunities, PageCache.Events])]
    [HttpGet("/aziende/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetCompany(slug), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        var open = await mediator.Send(new ListOpportunities(null, null, null, false, slug, null, null), cancellationToken);
        var events = await mediator.Send(new ListEvents(Filters: new EventFilters(Company: slug)), cancellationToken);
        var following = User.Identity?.IsAuthenticated == true && await mediator.Send(new GetFollowState(FollowKind.Company, slug), cancellationToken);
        return View("Show", new CompanyPage(result.Value, open, following, events));
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/aziende/{slug}/modifica")]
    public async Task<IActionResult> Edit(string slug, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetCompany(slug), cancellationToken);
        if (!result.IsSuccess || !result.Value.May.CanManage)
        {
            return Refusal(result.Error ?? CompanyErrors.NotRepresentative);
        }

        var c = result.Value;
        ViewData[nameof(PictureField)] = LogoField(c);
        return View(nameof(Edit), new SaveCompany
        {
            Slug = c.Slug,
            Name = c.Name,
            Kind = c.Kind,
            Sector = c.Sector,
            Size = c.Size,
            Region = c.Region,
            WebsiteUrl = c.WebsiteUrl,
            Channels = string.Join('\n', c.Channels),
            Description = c.DescriptionMarkdown,
        });
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/aziende/{slug}/modifica")]
    public async Task<IActionResult> Edit(string slug, SaveCompany form, CancellationToken cancellationToken)
    {
        // Who may edit is decided before what is wrong with the form: a stranger's form, valid or not, is refused.
        var company = await mediator.Send(new GetCompany(slug), cancellationToken);
        if (!company.IsSuccess || !company.Value.May.CanManage)
        {
            return Refusal(company.Error ?? CompanyErrors.NotRepresentative);
        }

        ViewData[nameof(PictureField)] = LogoField(company.Value);
        return await SaveAsync(form with { Slug = slug }, cancellationToken);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [UploadLimit(UploadKind.Picture)]
    [LimitedForm(FormLimit.Contributions, Field = PictureField.FileField)]
    [HttpPost("/aziende/{slug}/logo")]
    public async Task<IActionResult> Logo(string slug, IFormFile? file, CancellationToken cancellationToken)
    {
        // Who may change the logo is decided before what is wrong with the file.
        var company = await mediator.Send(new GetCompany(slug), cancellationToken);
        if (!company.IsSuccess || !company.Value.May.CanManage)
        {
            return Refusal(company.Error ?? CompanyErrors.NotRepresentative);
        }

        if (file is null)
        {
            ModelState.AddModelError(PictureField.FileField, text["Scegli il logo dal tuo dispositivo."]);
        }

        if (ModelState.IsValid && file is not null)
        {
            var result = await mediator.Send(new SetCompanyLogo(slug, await UploadedFiles.ReadAsync(file, cancellationToken)), cancellationToken);
            if (result.IsSuccess)
            {
                Notice(text["Logo aggiornato: ora si vede sulla pagina, nell'elenco e sulle opportunità."]);
                return Redirect($"/aziende/{slug}/modifica#immagine");
            }

            if (result.Error!.Kind != Application.Common.Results.ErrorKind.Invalid)
            {
                return Refusal(result.Error);
            }

            AddRefusal(result.Error);
        }

        return await Edit(slug, cancellationToken);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/aziende/{slug}/logo/rimuovi")]
    public async Task<IActionResult> RemoveLogo(string slug, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SetCompanyLogo(slug, null), cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(text["Logo rimosso: al suo posto si vedono le iniziali."]);
        return Redirect($"/aziende/{slug}/modifica#immagine");
    }

    private static PictureField LogoField(CompanyView company) =>
        new(company.Id, company.Name, company.LogoHash, Company: true, $"/aziende/{company.Slug}/logo");

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/aziende/{slug}/unisciti")]
    public async Task<IActionResult> Join(string slug, RequestToJoinCompany form, CancellationToken cancellationToken)
    {
        var command = form with { Slug = slug };
        if (!ModelState.IsValid)
        {
            // The page again, with the message as typed and the reason beside it.
            ViewData["JoinMessage"] = form.Message;
            return await Show(slug, cancellationToken);
        }

        var result = await mediator.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            Notice(text["Richiesta inviata: i rappresentanti dell'organizzazione la vedranno nella pagina."]);
            return RedirectToAction(nameof(Show), new { slug });
        }

        return Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/aziende/{slug}/richieste/{memberId:guid}")]
    public async Task<IActionResult> Decide(string slug, Guid memberId, bool accept, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new DecideJoinRequest(slug, memberId, accept), cancellationToken);
        if (result.IsSuccess)
        {
            Notice(accept ? text["Richiesta accettata: da ora è tra i rappresentanti dell'organizzazione."].Value : text["Richiesta rifiutata."].Value);
            return RedirectToAction(nameof(Show), new { slug });
        }

        return Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.Admin)]
    [HttpPost("/aziende/{slug}/marchi")]
    public async Task<IActionResult> Marks(string slug, bool verified, bool foundingPartner, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SetCompanyMarks(slug, verified, foundingPartner), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Notice(text["Segni dell'organizzazione aggiornati."]);
        return RedirectToAction(nameof(Show), new { slug });
    }

    private async Task<IActionResult> SaveAsync(SaveCompany form, CancellationToken cancellationToken)
    {
        var command = form;
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(form.Slug is null
                    ? text["Pagina creata: ne sei il primo rappresentante."].Value
                    : text["Modifiche salvate."].Value);
                return RedirectToAction(nameof(Show), new { slug = result.Value });
            }

            return Refusal(result.Error!);
        }

        return View("Edit", command);
    }
}

public sealed record CompanyFilters(Application.Domain.Companies.CompanyKind? Kind, string? Sector, Application.Domain.Companies.CompanySize? Size, ItalianRegion? Region)
{
    public string? Text { get; init; }

    public bool IsFiltered => Kind is not null || !string.IsNullOrEmpty(Sector) || Size is not null || Region is not null || !string.IsNullOrEmpty(Text);
}

/// <summary>The directory; <paramref name="Followed"/> (the listed companies the viewer follows) is null for a visitor.</summary>
public sealed record CompaniesPage(CompanyDirectory Directory, CompanyFilters Filters, IReadOnlySet<Guid>? Followed)
{
    public CompanyGrid Grid(IReadOnlyList<CompanyCard> cards, string back) => new(cards, Followed, back);
}

/// <summary>A grid of company cards, with follow buttons when the viewer is a member.</summary>
public sealed record CompanyGrid(IReadOnlyList<CompanyCard> Cards, IReadOnlySet<Guid>? Followed, string Back);

/// <summary>A company's page: the company, the first page of its open opportunities, and its events to come.</summary>
public sealed record CompanyPage(CompanyView Company, OpportunityPage OpenOpportunities, bool Following, EventPage Events)
{
    /// <summary>The events the page shows; the rest are on /eventi?azienda=.</summary>
    public const int EventsShown = 3;
}
