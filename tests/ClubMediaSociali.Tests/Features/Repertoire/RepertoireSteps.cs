using System.Net;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Features.Repertoire;

/// <summary>What members and moderators do with practices, through the pages, shared by the repertoire's tests.</summary>
internal static class RepertoireSteps
{
    public static Dictionary<string, string> MethodForm(string title = "Piano editoriale in quattro settimane") => new()
    {
        ["Kind"] = nameof(PracticeKind.Method),
        ["Level"] = nameof(PracticeLevel.Introductory),
        ["Title"] = title,
        ["Summary"] = "Un metodo per chi parte da zero con i social in una PMI.",
        ["Body"] = "Serve **un'ora a settimana**.",
        ["Steps"] = "Scegli due canali\nDecidi tre temi\nPrepara un calendario",
        ["Tags"] = "piano editoriale, pmi",
    };

    public static async Task<Guid> CreateDraftAsync(BrowserLikeClient author, Dictionary<string, string> fields)
    {
        var form = await author.GetDocumentAsync($"/repertorio/nuova?tipo={fields.GetValueOrDefault("Kind", "Method")}");
        using var saved = await author.SubmitAsync(form, "form[action='/repertorio/nuova']", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return Guid.Parse(saved.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static async Task SubmitAsync(BrowserLikeClient author, Guid id)
    {
        var page = await author.GetDocumentAsync($"/repertorio/{id}");
        using var sent = await author.SubmitAsync(page, $"form[action='/repertorio/{id}/invia']");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
    }

    /// <summary>Reviews from the practice's page, or from the revision's page when a number is given.</summary>
    public static async Task<HttpResponseMessage> ReviewAsync(BrowserLikeClient moderator, Guid id, string decision, string? note = null, int? revision = null)
    {
        var page = await moderator.GetDocumentAsync(revision is { } n ? $"/repertorio/{id}/versioni/{n}" : $"/repertorio/{id}");
        return await moderator.SubmitAsync(page, $"form[action='/repertorio/{id}/revisione']",
            note is null ? null : new Dictionary<string, string> { ["Note"] = note }, submitterSelector: $"button[value='{decision}']");
    }

    /// <summary>A practice written, submitted and published through the pages: the way every real one is.</summary>
    public static async Task<Guid> PublishedAsync(BrowserLikeClient author, BrowserLikeClient moderator, Dictionary<string, string> fields)
    {
        var id = await CreateDraftAsync(author, fields);
        await SubmitAsync(author, id);
        using var published = await ReviewAsync(moderator, id, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return id;
    }

    /// <summary>A published practice inserted directly, for tests about what happens after publication.</summary>
    public static async Task<Practice> InsertPublishedAsync(this ClubFixture fixture, Member? author = null, Action<Practice>? shape = null)
    {
        var practice = Build.Practice();
        practice.AuthorId = author?.Id;
        practice.Summary = "Un riassunto.";
        shape?.Invoke(practice);
        await fixture.InsertAsync(practice);
        return practice;
    }
}
