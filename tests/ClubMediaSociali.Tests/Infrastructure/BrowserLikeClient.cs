using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Io;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>
/// An HTTP client that behaves like a browser without JavaScript: it keeps cookies, reads pages
/// as HTML documents, and submits forms with every field the form holds, antiforgery token included.
/// </summary>
public sealed class BrowserLikeClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<IHtmlDocument> GetDocumentAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>
    /// Fills the form found by <paramref name="formSelector"/> with <paramref name="values"/> (a
    /// checkbox is ticked by giving "true") and submits it as the browser would.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        IHtmlDocument page, string formSelector, IReadOnlyDictionary<string, string>? values = null, string? submitterSelector = null, bool htmx = false,
        IReadOnlyDictionary<string, UploadFile>? files = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            // In a group of checkboxes or radios sharing a name, the value picks the box to tick.
            var field = form.Elements.OfType<IHtmlInputElement>().FirstOrDefault(e => e.Name == name && e.Type is "checkbox" or "radio" && e.Value == value)
                ?? form.Elements.OfType<IHtmlInputElement>().FirstOrDefault(e => e.Name == name && e.Type != "hidden")
                ?? form.Elements.OfType<IHtmlInputElement>().FirstOrDefault(e => e.Name == name);
            if (field is not null)
            {
                if (field.Type is "checkbox" or "radio")
                {
                    field.IsChecked = value == "true" || value == field.Value;
                }
                else
                {
                    field.Value = value;
                }

                continue;
            }

            if (form.Elements.OfType<IHtmlTextAreaElement>().FirstOrDefault(e => e.Name == name) is { } area)
            {
                area.Value = value;
                continue;
            }

            if (form.Elements.OfType<IHtmlSelectElement>().FirstOrDefault(e => e.Name == name) is { } select)
            {
                var option = select.Options.FirstOrDefault(o => o.Value == value)
                    ?? throw new InvalidOperationException($"The list '{name}' has no option '{value}'.");
                option.IsSelected = true;
                continue;
            }

            throw new InvalidOperationException($"The form has no field named '{name}'.");
        }

        var submitter = submitterSelector is null ? null : form.QuerySelector<IHtmlElement>(submitterSelector);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        break;
                    }

                    if (input.Type is "submit" or "button" or "file")
                    {
                        break;
                    }

                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }

        if (submitter is IHtmlButtonElement { Name.Length: > 0 } button)
        {
            fields.Add(new(button.Name, button.Value));
        }

        // A submit button's formaction sends the form elsewhere, as browsers do.
        var action = submitter?.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction
            : string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!;
        if (string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase))
        {
            var query = string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
            return await Http.GetAsync(new Uri($"{action}?{query}", UriKind.RelativeOrAbsolute));
        }

        if (string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var fileInputs = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "file" && !string.IsNullOrEmpty(i.Name)).Select(i => i.Name!).ToList();
            var unknown = (files ?? new Dictionary<string, UploadFile>()).Keys.Except(fileInputs).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException($"The form has no file field named '{unknown[0]}'.");
            }

            return await PostMultipartAsync(action, fields, fileInputs, files ?? new Dictionary<string, UploadFile>(), htmx);
        }

        return await PostFieldsAsync(action, fields, htmx);
    }

    /// <summary>
    /// Posts a multipart form as a browser does: every field, and for each file input the chosen file or, when none
    /// was chosen, an empty part with an empty file name.
    /// </summary>
    private async Task<HttpResponseMessage> PostMultipartAsync(
        string url, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<string> fileInputs, IReadOnlyDictionary<string, UploadFile> files, bool htmx)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var name in fileInputs)
        {
            var file = files.TryGetValue(name, out var chosen) ? chosen : new UploadFile("", []);
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.FileName.Length == 0 ? "application/octet-stream" : file.ContentType);
            part.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = $"\"{name}\"", FileName = $"\"{file.FileName}\"" };
            content.Add(part);
        }

        using var request = new HttpRequestMessage(System.Net.Http.HttpMethod.Post, new Uri(url, UriKind.RelativeOrAbsolute)) { Content = content };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        return await Http.SendAsync(request);
    }

    /// <summary>
    /// Posts straight to an address with a valid antiforgery token from the subscription page (a form every visitor sees), the way a
    /// forged or hand-made request would: for authorization tests on actions whose forms a member cannot see.
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string>? values = null, bool htmx = false)
    {
        var page = await GetDocumentAsync("/aggiornamenti");
        var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        var fields = (values ?? new Dictionary<string, string>()).Append(new("__RequestVerificationToken", token)).ToList();
        return await PostFieldsAsync(url, fields, htmx);
    }

    private async Task<HttpResponseMessage> PostFieldsAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, bool htmx)
    {
        using var request = new HttpRequestMessage(System.Net.Http.HttpMethod.Post, new Uri(url, UriKind.RelativeOrAbsolute)) { Content = new FormUrlEncodedContent(fields) };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Follows a redirect the way a browser would, with a GET.</summary>
    public async Task<IHtmlDocument> FollowRedirectAsync(HttpResponseMessage response)
    {
        Assert.True(
            response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found,
            $"Expected a redirect, got {(int)response.StatusCode}.");
        return await GetDocumentAsync(response.Headers.Location!.OriginalString);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request
            .Content(html)
            .Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/")
            .Header(HeaderNames.ContentType, "text/html; charset=utf-8"));
        return (IHtmlDocument)document;
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>A file chosen for a form's file input: its name on the device, its bytes and the type the browser claims.</summary>
public sealed record UploadFile(string FileName, byte[] Content, string ContentType = "application/octet-stream");
