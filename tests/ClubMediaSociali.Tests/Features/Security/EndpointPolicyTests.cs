using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClubMediaSociali.Tests.Features.Security;

/// <summary>
/// Walks every controller action the app serves (its endpoint data, not a list kept by hand): each must
/// say who may call it, and each one that changes something must check the antiforgery token.
/// </summary>
public sealed class EndpointPolicyTests(ClubFixture fixture) : ClubTest(fixture)
{
    private static readonly string[] UnsafeMethods = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>
    /// The reviewed actions that take an unsafe method without a form token, each for its reason:
    /// a mail client's one-click unsubscribe (RFC 8058, from the newsletter, the digest or a message mail) posts with no page, and the signed link token in
    /// the address is the proof instead; the error page is re-executed for whatever request failed and
    /// changes nothing.
    /// </summary>
    private static readonly string[] PostsWithoutFormToken = ["Conversations.StopMailConfirmed", "Errors.Show", "Newsletter.Unsubscribed", "Notifications.StopDigestConfirmed"];

    private List<(string Name, Endpoint Endpoint, ControllerActionDescriptor Action)> Actions() =>
        Fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => (Endpoint: e, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(x => x.Action is not null)
            .Select(x => ($"{x.Action!.ControllerName}.{x.Action.ActionName}", x.Endpoint, x.Action!))
            .ToList();

    private static IEnumerable<string> Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST", "PUT", "PATCH", "DELETE"];

    [Fact]
    public void Every_action_says_who_may_call_it()
    {
        var actions = Actions();
        Assert.True(actions.Count > 100, $"only {actions.Count} actions found");

        var unmarked = actions
            .Where(a => a.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && a.Endpoint.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(a => a.Name)
            .Distinct()
            .Order()
            .ToList();
        Assert.Empty(unmarked);
    }

    [Fact]
    public void Every_action_that_changes_something_checks_the_antiforgery_token()
    {
        // The app-wide filter validates every unsafe method; an action may only opt out from the reviewed list.
        var mvc = Fixture.Factory.Services.GetRequiredService<IOptions<MvcOptions>>().Value;
        Assert.Contains(mvc.Filters, f => f is AutoValidateAntiforgeryTokenAttribute);

        var writes = Actions().Where(a => Methods(a.Endpoint).Intersect(UnsafeMethods).Any()).ToList();
        Assert.NotEmpty(writes);
        var optedOut = writes
            // The policy nearest the action wins, as MVC picks it.
            .Where(a => a.Endpoint.Metadata.OfType<IAntiforgeryPolicy>().LastOrDefault() is IgnoreAntiforgeryTokenAttribute)
            .Select(a => a.Name)
            .Distinct()
            .Order()
            .ToList();
        Assert.Equal(PostsWithoutFormToken, optedOut);
    }
}
