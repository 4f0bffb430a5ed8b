using System.Globalization;
using ClubMediaSociali.Application.Common.Limits;
using ClubMediaSociali.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Infrastructure;

public enum FormLimit
{
    /// <summary>
    /// What a member writes for others to read (ideas, practices, comments, opportunities, responses, companies):
    /// per member, and only accepted contributions count; a form refused by validation or by the use case is free.
    /// </summary>
    Contributions,

    /// <summary>The doors bots knock on (sign-in, sign-up, reset, mail requests): per client address, every attempt counts.</summary>
    Accounts,
}

/// <summary>
/// A form with a counted limit. Above it the form comes back as the member left it, with a message saying
/// when to retry (beside <see cref="Field"/>, or above the form), a 429 status and Retry-After; nothing typed is
/// lost. The counts are kept in PostgreSQL (<see cref="Allowances"/>), so every instance shares them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LimitedFormAttribute(FormLimit limit) : Attribute, IFilterFactory
{
    public FormLimit Limit { get; } = limit;

    /// <summary>The field the message is shown beside, for forms without a summary above them.</summary>
    public string Field { get; init; } = "";

    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        ActivatorUtilities.CreateInstance<LimitedFormFilter>(serviceProvider, this);
}

internal sealed class LimitedFormFilter(
    LimitedFormAttribute form, Allowances allowances, IRequestOrigin origin, IConfiguration configuration, TimeProvider clock, IStringLocalizer<SharedResource> text)
    : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var contributions = form.Limit == FormLimit.Contributions;
        if (contributions && !context.ModelState.IsValid)
        {
            await next(); // refused by validation: shown again, and not counted
            return;
        }

        var allowance = contributions
            ? new Allowance("contributions", configuration.GetValue("RateLimits:ContributionsPerMinute", 10), TimeSpan.FromMinutes(1))
            : new Allowance("accounts", configuration.GetValue("RateLimits:AccountsPerMinute", 10), TimeSpan.FromMinutes(1));
        var subject = contributions && http.User.Identity?.IsAuthenticated == true
            ? $"member:{http.User.MemberId()}"
            : $"address:{origin.Address}";
        var taken = await allowances.TryTakeAsync(allowance, subject, http.RequestAborted);
        if (!taken.Allowed)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling((taken.RetryAt - clock.GetUtcNow()).TotalSeconds));
            // A field shows its first message: when to retry comes before what else is wrong.
            context.ModelState[form.Field]?.Errors.Clear();
            context.ModelState.AddModelError(form.Field, text["Troppi invii in poco tempo: riprova tra {0} secondi. Quello che hai scritto è rimasto qui.", seconds]);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            // htmx swaps only successful answers: a form it refreshes in place gets its message with a 200.
            if (!http.Request.Headers.ContainsKey("HX-Request"))
            {
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            }

            await next(); // the action shows the form again, since the model state now holds the message
            return;
        }

        var executed = await next();
        if (contributions && (executed.Exception is not null || !context.ModelState.IsValid))
        {
            await allowances.GiveBackAsync(allowance, subject, taken, CancellationToken.None);
        }
    }
}
