using System.Net;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Tests.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Features.Trust;

/// <summary>
/// Markdown the renderer cannot lay out within its bounds (nesting deeper than 32 levels, or too slow) is
/// refused beside its field with the text kept, in every Markdown field; it was a 500 and the text was lost.
/// </summary>
public sealed class MarkdownBoundsTests(ClubFixture fixture) : ClubTest(fixture)
{
    /// <summary>Built to hit Markdig's nesting limit or its slow paths; each fits the shortest Markdown field (a bio, 4,000 characters).</summary>
    public static readonly TheoryData<string, string> Pathological = new()
    {
        { "quotes", new string('>', 3_000) + " citazione" },
        { "nested list", string.Join('\n', Enumerable.Range(0, 60).Select(level => new string(' ', level * 2) + "- voce")) },
        { "lists on one line", string.Concat(Enumerable.Repeat("- ", 1_500)) + "voce" },
        { "ordered lists on one line", string.Concat(Enumerable.Repeat("1. ", 1_200)) + "voce" },
        { "emphasis", new string('*', 1_900) + "testo" + new string('*', 1_900) },
        { "underscores", new string('_', 1_900) + "testo" + new string('_', 1_900) },
        { "brackets", new string('[', 3_900) },
        { "images", string.Concat(Enumerable.Repeat("![", 1_900)) },
        { "quoted lists", string.Concat(Enumerable.Repeat("> - ", 900)) + "voce" },
        { "links in emphasis", string.Concat(Enumerable.Repeat("**[_", 900)) },
    };

    /// <summary>
    /// Requests whose handler renders Markdown it composes from stored, already validated content, not from what the
    /// request carries: an event turned into a practice draft (its description, speakers and materials). Beyond the
    /// renderer's bounds ToSafeHtml falls back to plain text, so nothing is lost there either.
    /// </summary>
    private static readonly Type[] FromStoredContent = [typeof(Application.Features.Events.TurnEventIntoPractice)];

    private static readonly Type[] MarkdownRequests =
        [.. typeof(ClubDbContext).Assembly.GetTypes().Where(t => FieldRules.FieldsOf<MarkdownAttribute>(t).Length > 0)];

    [Theory]
    [MemberData(nameof(Pathological))]
    public void The_renderer_refuses_what_it_cannot_lay_out_and_still_shows_it_as_plain_text(string kind, string text)
    {
        var renderer = new MarkdownRenderer();

        Assert.False(renderer.TryRender(text, out _), kind);
        Assert.StartsWith("<p>", renderer.ToSafeHtml(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_markdown_renders_with_its_nesting()
    {
        var renderer = new MarkdownRenderer();

        Assert.True(renderer.TryRender("> una citazione\n> - con un elenco\n>   - e un sottoelenco **in grassetto [con link](https://esempio.it)**", out var html));
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://esempio.it\" rel=\"nofollow ugc noopener\">con link</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_request_whose_handler_renders_markdown_marks_its_markdown_fields()
    {
        var rendering = typeof(ClubDbContext).Assembly.GetTypes()
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(MarkdownRenderer))))
            .Select(t => t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.Name.StartsWith("ICommandHandler", StringComparison.Ordinal))?.GetGenericArguments()[0])
            .OfType<Type>()
            .Except(FromStoredContent)
            .ToList();

        Assert.NotEmpty(rendering);
        Assert.All(rendering, request => Assert.Contains(request, MarkdownRequests));
    }

    [Fact]
    public async Task Every_markdown_field_of_every_request_refuses_every_pathological_text()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        foreach (var request in MarkdownRequests)
        {
            foreach (var field in FieldRules.FieldsOf<MarkdownAttribute>(request))
            {
                foreach (var (kind, text) in Pathological.Select(row => ((string)row[0], (string)row[1])))
                {
                    var instance = Activator.CreateInstance(request)!;
                    field.SetValue(instance, text);
                    var context = (IValidationContext)Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(request), instance)!;
                    var validator = (IValidator)ActivatorUtilities.CreateInstance(scope.ServiceProvider, typeof(FieldRulesValidator<>).MakeGenericType(request));

                    var result = await validator.ValidateAsync(context);

                    Assert.True(result.Errors.Any(e => e.PropertyName == field.Name && e.ErrorMessage.Contains("semplificalo", StringComparison.Ordinal)), $"{kind} in {request.Name}.{field.Name}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pathological))]
    public async Task Every_markdown_form_keeps_the_text_and_says_beside_the_field_what_to_change(string kind, string text)
    {
        var member = await Fixture.CreateMemberAsync();
        var idea = Build.Idea((await Fixture.CreateMemberAsync()).Id);
        var (company, representatives) = Build.Company(representativeIds: member.Id);
        await Fixture.InsertAsync([idea, company, .. representatives]);
        using var client = await Fixture.SignedInClientAsync(member);
        var forms = new (string Page, string Selector, string Field, Dictionary<string, string> Base)[]
        {
            ("/idee/nuova", "form[action='/idee/nuova']", "Body", new() { ["Title"] = "Un'idea" }),
            ($"/idee/{idea.Id}", "form.comment-form", "Body", []),
            ("/repertorio/nuova?tipo=Method", "form[action='/repertorio/nuova']", "Body", new() { ["Kind"] = "Method", ["Level"] = "Introductory", ["Title"] = "Un metodo", ["Summary"] = "In breve" }),
            ("/profilo/modifica", "form[action='/profilo/modifica']", "Bio", []),
            ("/aziende/nuova", "form[action='/aziende/nuova']", "Description", new() { ["Name"] = "Ditta", ["Kind"] = "Company", ["Size"] = "Small", ["Region"] = "Lombardia" }),
            ($"/aziende/{company.Slug}/opportunita/nuova", "form.opportunity-form", "Description", new() { ["Title"] = "Un progetto", ["Kind"] = nameof(OpportunityKind.Project), ["Region"] = "Lombardia" }),
        };

        foreach (var (page, selector, field, values) in forms)
        {
            values[field] = text;
            using var answer = await client.SubmitAsync(await client.GetDocumentAsync(page), selector, values);

            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{kind} in {page}: {answer.StatusCode}");
            var shown = await BrowserLikeClient.ParseAsync(answer);
            Assert.Contains("semplificalo", shown.GetElementById($"{field}-errore")?.TextContent ?? "", StringComparison.Ordinal);
            Assert.Equal(text, shown.QuerySelector($"form[method='post'] textarea[name='{field}']")!.TextContent.TrimStart('\n'));
        }

        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Ideas.CountAsync(i => i.Id != idea.Id)));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Comments.CountAsync()));
    }
}
