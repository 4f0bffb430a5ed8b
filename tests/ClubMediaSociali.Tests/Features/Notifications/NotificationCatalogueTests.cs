using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Tests.Infrastructure;
using ClubMediaSociali.Web;
using ClubMediaSociali.Web.Features.Notifications;
using ClubMediaSociali.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Tests.Features.Notifications;

/// <summary>Every kind of notification has its sentence in Italian and in English, and leads to a page the app serves.</summary>
public sealed class NotificationCatalogueTests(ClubFixture fixture) : ClubTest(fixture)
{
    [Fact]
    public void Every_kind_has_a_sentence_in_both_languages_that_names_its_subject_and_a_category_members_can_choose()
    {
        var text = Fixture.Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var missing = new List<string>();
        foreach (var kind in NotificationKinds.All)
        {
            var state = kind.State == NotificationState.None ? (int?)null : 1;
            var italian = ReaderCulture.Run(Language.Italian, () => NotificationTexts.Sentence(text, kind.Name, "Soggetto", state));
            var english = ReaderCulture.Run(Language.English, () => NotificationTexts.Sentence(text, kind.Name, "Soggetto", state));
            if (italian is null || english is null || italian == english || !italian.Contains("Soggetto", StringComparison.Ordinal) || !english.Contains("Soggetto", StringComparison.Ordinal))
            {
                missing.Add($"{kind}: «{italian}» / «{english}»");
            }

            Assert.Contains(kind.Category, NotificationCategories.All);
        }

        Assert.Empty(missing);
        Assert.Equal(NotificationKinds.All.Count, NotificationKinds.All.Select(k => k.Name).Distinct().Count());
        Assert.Null(NotificationTexts.Sentence(text, "nothing.such", "Soggetto", null));
    }

    [Fact]
    public void Every_page_a_notification_leads_to_is_a_page_the_app_serves()
    {
        var routes = Fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is not null)
            .Select(e => new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText!.TrimStart('/')), new RouteValueDictionary()))
            .ToList();
        var unserved = new List<string>();
        foreach (var targetKind in NotificationKinds.All.SelectMany(k => k.Targets).Distinct())
        {
            var path = ClubLinks.PathOf(new Target(targetKind, Guid.NewGuid().ToString(), "2"));
            var onlyPath = path.Split('#', '?')[0];
            if (!routes.Any(r => r.TryMatch(onlyPath, [])))
            {
                unserved.Add($"{targetKind}: {path}");
            }
        }

        Assert.Empty(unserved);
        var comment = Guid.NewGuid();
        Assert.EndsWith($"#commento-{comment}", ClubLinks.PathOf(Target.Idea(Guid.NewGuid()).AtComment(comment)), StringComparison.Ordinal);
    }
}
