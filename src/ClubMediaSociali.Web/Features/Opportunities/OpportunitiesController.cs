using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Features.Media;
using ClubMediaSociali.Application.Features.Opportunities;
using ClubMediaSociali.Web.Features.Media;
using ClubMediaSociali.Web.Features.Members;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Caching;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Opportunities;

/// <summary>
/// The business network's opportunities: the open list with filters and search, publishing by a
/// company's representatives, private responses and their states.
/// </summary>
public sealed class OpportunitiesController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Opportunities])]
    [HttpGet("/opportunita")]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "tipo")] string? kind, [FromQuery(Name = "ruolo")] int? role, [FromQuery(Name = "regione")] ItalianRegion? region, [FromQuery(Name = "distanza")] bool remote, [FromQuery(Name = "azienda")] string? company, string? q, [FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken)
    {
        var filters = new OpportunityFilters(OpportunityTexts.ParseKind(kind), role, region, remote, company, q?.Trim());
        var page = await mediator.Send(
            new ListOpportunities(filters.Kind, filters.RoleId, filters.Region, filters.RemoteOnly, filters.Company, filters.Text, after), cancellationToken);
        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View(new OpportunitiesPage(page, filters));
    }

    [Authorize(Policy = Policies.Member)]
    [HttpGet("/opportunita/mie-risposte")]
    public async Task<IActionResult> MyResponses(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetMyResponses(), cancellationToken));

    [Authorize(Policy = Policies.ConfirmedMember)]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Opportunities, PageCache.Companies])]
    [HttpGet("/opportunita/per-te")]
    public async Task<IActionResult> ForYou(CancellationToken cancellationToken) =>
        View(await mediator.Send(new ListOpportunitiesForMember(User.MemberId(), ClubCultures.Current), cancellationToken));

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/aziende/{company}/opportunita/nuova")]
    public async Task<IActionResult> Create(string company, CancellationToken cancellationToken)
    {
        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        return View("Edit", new SaveOpportunity { Company = company });
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [LimitedForm(FormLimit.Contributions)]
    [UploadLimit(UploadKind.Attachment, files: Attachments.MaxPerItem)]
    [HttpPost("/aziende/{company}/opportunita/nuova")]
    public Task<IActionResult> Create(string company, SaveOpportunity form, CancellationToken cancellationToken) =>
        SaveAsync(form with { Company = company, OpportunityId = null }, cancellationToken);

    [AllowAnonymous]
    [OutputCache(PolicyName = PageCache.MemberPolicy, Tags = [PageCache.Opportunities])]
    [HttpGet("/opportunita/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetOpportunity(id, ClubCultures.Current), cancellationToken);
        return result.IsSuccess ? View("Show", result.Value) : Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/opportunita/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetOpportunity(id, ClubCultures.Current), cancellationToken);
        if (!result.IsSuccess || !result.Value.May.CanManage)
        {
            return Refusal(result.Error ?? OpportunityErrors.NotRepresentative);
        }

        var o = result.Value;
        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        await ViewData.LoadAttachmentsAsync(mediator, o.AttachmentIds, cancellationToken);
        return View(new SaveOpportunity
        {
            OpportunityId = o.Id,
            Company = o.CompanySlug,
            Kind = o.Kind,
            Title = o.Title,
            Description = o.DescriptionMarkdown,
            RoleIds = o.RoleIds,
            Skills = string.Join(", ", o.Skills),
            Region = o.Region,
            Remote = o.Remote,
            BudgetMin = o.BudgetMin,
            BudgetMax = o.BudgetMax,
            Deadline = o.Deadline,
            Publish = o.Status == OpportunityStatus.Open,
            AttachmentIds = o.AttachmentIds,
        });
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [UploadLimit(UploadKind.Attachment, files: Attachments.MaxPerItem)]
    [HttpPost("/opportunita/{id:guid}/modifica")]
    public async Task<IActionResult> Edit(Guid id, SaveOpportunity form, CancellationToken cancellationToken)
    {
        // Who may edit is decided before what is wrong with the form: a stranger's form, valid or not, is refused.
        var opportunity = await mediator.Send(new GetOpportunity(id, ClubCultures.Current), cancellationToken);
        if (!opportunity.IsSuccess || !opportunity.Value.May.CanManage)
        {
            return Refusal(opportunity.Error ?? OpportunityErrors.NotRepresentative);
        }

        return await SaveAsync(form with { OpportunityId = id }, cancellationToken);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/opportunita/{id:guid}/chiudi")]
    public async Task<IActionResult> Close(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new CloseOpportunity(id), cancellationToken);
        if (result.IsSuccess)
        {
            Notice(text["Opportunità chiusa: non riceve più risposte."]);
            return RedirectToAction(nameof(Show), new { id });
        }

        return Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [LimitedForm(FormLimit.Contributions, Field = "Message")]
    [UploadLimit(UploadKind.Attachment)]
    [HttpPost("/opportunita/{id:guid}/rispondi")]
    public async Task<IActionResult> Respond(Guid id, RespondToOpportunity form, IFormFile? cvFile, CancellationToken cancellationToken)
    {
        // Whether the member may respond at all comes before what is wrong with the message or the CV.
        var opportunity = await mediator.Send(new GetOpportunity(id, ClubCultures.Current), cancellationToken);
        if (!opportunity.IsSuccess || opportunity.Value.May.RespondRefusal is not null)
        {
            return Refusal(opportunity.Error ?? opportunity.Value.May.RespondRefusal!);
        }

        // A new CV replaces the one kept from a previous try, and is kept whatever else is wrong with the form.
        if (cvFile is { Length: > 0 } || cvFile?.FileName.Length > 0)
        {
            var sent = await mediator.Send(new UploadAttachments([new(cvFile.FileName, await UploadedFiles.ReadAsync(cvFile, cancellationToken))], AttachmentUse.Cv), cancellationToken);
            foreach (var refusal in sent.Refusals)
            {
                ModelState.AddModelError("CvFile", refusal);
            }

            form = sent.Accepted is [var cv] ? form with { CvUploadId = cv } : form;
        }

        if (!ModelState.IsValid)
        {
            ViewData["ResponseMessage"] = form.Message;
            if (form.CvUploadId is { } kept && (await mediator.Send(new GetAttachmentList([kept]), cancellationToken)) is [var item])
            {
                ViewData["ResponseCv"] = item;
            }

            return await Show(id, cancellationToken);
        }

        var result = await mediator.Send(form with { OpportunityId = id }, cancellationToken);
        if (result.IsSuccess)
        {
            Notice(text["Risposta inviata. Solo i rappresentanti dell'organizzazione la leggono; qui vedrai a che punto è."]);
            return RedirectToAction(nameof(Show), new { id });
        }

        return Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/opportunita/{id:guid}/ritira")]
    public async Task<IActionResult> Withdraw(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new WithdrawResponse(id), cancellationToken);
        if (result.IsSuccess)
        {
            Notice(text["Hai ritirato la tua risposta."]);
            return RedirectToAction(nameof(Show), new { id });
        }

        return Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpGet("/opportunita/{id:guid}/risposte")]
    public async Task<IActionResult> Responses(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetResponses(id, ClubCultures.Current), cancellationToken);
        return result.IsSuccess ? View(result.Value) : Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/opportunita/{id:guid}/risposte/{memberId:guid}")]
    public async Task<IActionResult> SetStatus(Guid id, Guid memberId, ResponseStatus status, uint? version, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SetResponseStatus(id, memberId, status, version), cancellationToken);
        if (result.IsSuccess || result.Error == OpportunityErrors.ResponseChanged)
        {
            Notice(result.IsSuccess
                ? text["Stato della risposta aggiornato: chi ha risposto lo vede subito."].Value
                : text["Qualcuno ha cambiato questa risposta mentre la guardavi: il tuo cambio non è stato registrato. Controlla lo stato attuale e, se serve, cambialo di nuovo."].Value);
            return RedirectToAction(nameof(Responses), new { id });
        }

        return Refusal(result.Error!);
    }

    [Authorize(Policy = Policies.Moderator)]
    [HttpPost("/opportunita/{id:guid}/rimuovi")]
    public async Task<IActionResult> Remove(Guid id, RemoveOpportunity form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ViewData["RemovalReason"] = form.Reason;
            return await Show(id, cancellationToken);
        }

        var result = await mediator.Send(form with { OpportunityId = id }, cancellationToken);
        if (!result.IsSuccess)
        {
            return Refusal(result.Error!);
        }

        Notice(text["Opportunità rimossa; i rappresentanti sono stati avvisati."]);
        return RedirectToAction(nameof(Show), new { id });
    }

    private async Task<IActionResult> SaveAsync(SaveOpportunity form, CancellationToken cancellationToken)
    {
        // New documents are kept with the form whatever else is wrong with it.
        var command = form with { AttachmentIds = await this.AcceptNewFilesAsync(mediator, form.AttachmentIds, cancellationToken) };
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(command, cancellationToken);
            if (result.IsSuccess)
            {
                Notice(command.Publish ? text["Opportunità pubblicata."].Value : text["Bozza salvata: la vedono solo i rappresentanti."].Value);
                return RedirectToAction(nameof(Show), new { id = result.Value });
            }

            return Refusal(result.Error!);
        }

        await ViewData.LoadRoleGroupsAsync(mediator, cancellationToken);
        await ViewData.LoadAttachmentsAsync(mediator, command.AttachmentIds, cancellationToken);
        return View("Edit", command);
    }
}

public sealed record OpportunityFilters(OpportunityKind? Kind, int? RoleId, ItalianRegion? Region, bool RemoteOnly, string? Company, string? Text)
{
    public bool IsFiltered => Kind is not null || RoleId is not null || Region is not null || RemoteOnly || !string.IsNullOrEmpty(Company) || !string.IsNullOrEmpty(Text);
}

public sealed record OpportunitiesPage(OpportunityPage Page, OpportunityFilters Filters);

