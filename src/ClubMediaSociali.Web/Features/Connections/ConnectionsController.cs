using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Features.Connections;
using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using ClubMediaSociali.Web.Infrastructure.Localization;
using ClubMediaSociali.Web.Infrastructure.Results;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.Connections;

/// <summary>
/// Members connected to members: asking, answering, withdrawing and ending connections; one's own
/// network page; contacts of contacts; suggestions across roles; a member's contacts list.
/// </summary>
public sealed class ConnectionsController(IMediator mediator, IStringLocalizer<SharedResource> text) : ClubController
{
    [Authorize(Policy = Policies.Member)]
    [HttpGet("/rete")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetMyNetwork(ClubCultures.Current), cancellationToken));

    [Authorize(Policy = Policies.Member)]
    [HttpGet("/rete/contatti-dei-contatti")]
    public async Task<IActionResult> SecondDegree(CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetContactsOfContacts(ClubCultures.Current), cancellationToken));

    [Authorize(Policy = Policies.Member)]
    [HttpGet("/rete/suggerimenti")]
    public async Task<IActionResult> Suggestions(CancellationToken cancellationToken) =>
        View(await mediator.Send(new SuggestContacts(ClubCultures.Current), cancellationToken));

    [AllowAnonymous]
    [HttpGet("/membri/{handle}/contatti")]
    public async Task<IActionResult> Contacts(string handle, [FromQuery(Name = "dopo")] string? after, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ListContacts(handle, ClubCultures.Current, after), cancellationToken);
        if (result.IsSuccess)
        {
            return View(result.Value);
        }

        return result.Error == ContactsErrors.Hidden ? View("ContactsHidden") : NotFound();
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/membri/{handle}/collegamento")]
    public async Task<IActionResult> Ask(string handle, RequestConnection form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // The profile again, with the message as typed and the reason beside it.
            var profile = await mediator.Send(new GetMemberProfile(handle, ClubCultures.Current), cancellationToken);
            if (!profile.IsSuccess)
            {
                return NotFound();
            }

            ViewData["ConnectMessage"] = form.Message;
            return View("~/Features/Members/Profile.cshtml", profile.Value);
        }

        var result = await mediator.Send(form with { Handle = handle }, cancellationToken);
        return Outcome(handle, result, changed => text["Richiesta inviata a {0}: riceverà una notifica.", changed.DisplayName].Value, from: null);
    }

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/membri/{handle}/collegamento/accetta")]
    public async Task<IActionResult> Accept(string handle, string? from, CancellationToken cancellationToken) =>
        Outcome(handle, await mediator.Send(new AnswerConnection(handle, Accept: true), cancellationToken),
            changed => text["Ora tu e {0} siete in contatto.", changed.DisplayName].Value, from);

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/membri/{handle}/collegamento/rifiuta")]
    public async Task<IActionResult> Decline(string handle, string? from, CancellationToken cancellationToken) =>
        Outcome(handle, await mediator.Send(new AnswerConnection(handle, Accept: false), cancellationToken),
            _ => text["Richiesta rifiutata. Chi l'ha inviata non riceve avvisi."].Value, from);

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/membri/{handle}/collegamento/ritira")]
    public async Task<IActionResult> Withdraw(string handle, string? from, CancellationToken cancellationToken) =>
        Outcome(handle, await mediator.Send(new WithdrawConnection(handle), cancellationToken),
            _ => text["Richiesta ritirata."].Value, from);

    [Authorize(Policy = Policies.ConfirmedMember)]
    [HttpPost("/membri/{handle}/collegamento/rimuovi")]
    public async Task<IActionResult> Remove(string handle, string? from, CancellationToken cancellationToken) =>
        Outcome(handle, await mediator.Send(new RemoveConnection(handle), cancellationToken),
            changed => text["{0} non è più tra i tuoi contatti.", changed.DisplayName].Value, from);

    /// <summary>Back to the network page or the profile, with what happened or why nothing did.</summary>
    private IActionResult Outcome(string handle, Result<ConnectionChanged> result, Func<ConnectionChanged, string> done, string? from)
    {
        if (result.Error == ConnectionErrors.NotFound)
        {
            return NotFound();
        }

        Notice(result.IsSuccess ? done(result.Value) : Explain(result.Error!));
        return Redirect(from == "rete" ? "/rete" : $"/membri/{Uri.EscapeDataString(handle)}");
    }

    private string Explain(Error error) => error.Code switch
    {
        "connections.self" => text["Non puoi collegarti con te stesso."],
        "connections.already_connected" => text["Siete già in contatto."],
        "connections.already_requested" => text["Hai già chiesto di collegarvi: aspetta la risposta."],
        "connections.they_asked" => text["Ti ha già chiesto di collegarvi: puoi accettare la richiesta."],
        "connections.declined_recently" => text["La tua richiesta è stata rifiutata da poco: potrai chiedere di nuovo tra qualche settimana."],
        "connections.too_many_requests" => text["Hai inviato molte richieste nelle ultime 24 ore: riprova domani."],
        "connections.not_possible" => text["Non è possibile collegarsi con questo membro."],
        _ => text["Non c'è nessuna richiesta o contatto da cambiare."],
    };
}
