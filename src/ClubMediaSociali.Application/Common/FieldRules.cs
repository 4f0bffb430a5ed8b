using System.Reflection;
using ClubMediaSociali.Application.Common.Content;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Common;

/// <summary>
/// A text field that holds one line (a name, a title, a place, tags): a line break in it is refused with a
/// message beside the field, since a name spanning lines reads like a header in mail and breaks one-line layouts.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SingleLineAttribute : Attribute;

/// <summary>
/// A text field written in Markdown and shown as HTML: text the renderer cannot lay out within its bounds
/// (nesting too deep, rendering too slow) is refused with a message beside the field, and the text is kept.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MarkdownAttribute : Attribute;

public static class FieldRules
{
    /// <summary>
    /// Adds a <see cref="FieldRulesValidator{T}"/> beside the own validator of each request that has one-line or
    /// Markdown fields, and of no other: the requests without such fields (every query) pay nothing for it.
    /// </summary>
    public static void Register(IServiceCollection services, Assembly assembly)
    {
        foreach (var request in assembly.GetTypes().Where(t => FieldsOf<SingleLineAttribute>(t).Length + FieldsOf<MarkdownAttribute>(t).Length > 0))
        {
            services.AddScoped(typeof(IValidator<>).MakeGenericType(request), typeof(FieldRulesValidator<>).MakeGenericType(request));
        }
    }

    public static PropertyInfo[] FieldsOf<TAttribute>(Type request) where TAttribute : Attribute =>
        [.. request.GetProperties().Where(p => p.PropertyType == typeof(string) && p.IsDefined(typeof(TAttribute)))];
}

/// <summary>Checks every <see cref="SingleLineAttribute"/> and <see cref="MarkdownAttribute"/> field of a request, beside the request's own validator.</summary>
public sealed class FieldRulesValidator<T> : AbstractValidator<T>
{
    private static readonly PropertyInfo[] SingleLineFields = FieldRules.FieldsOf<SingleLineAttribute>(typeof(T));

    private static readonly PropertyInfo[] MarkdownFields = FieldRules.FieldsOf<MarkdownAttribute>(typeof(T));

    public FieldRulesValidator(IStringLocalizer<ValidationMessages> text, MarkdownRenderer markdown)
    {
        foreach (var field in SingleLineFields)
        {
            RuleFor(request => (string?)field.GetValue(request))
                .Must(value => value is null || value.AsSpan().IndexOfAny('\r', '\n') < 0)
                .WithMessage(_ => text["Questo campo sta su una riga: togli gli a capo."])
                .OverridePropertyName(field.Name);
        }

        foreach (var field in MarkdownFields)
        {
            RuleFor(request => (string?)field.GetValue(request))
                .Must(value => markdown.TryRender(value, out _))
                .WithMessage(_ => text["Questo testo ha troppi livelli uno dentro l'altro (citazioni, elenchi, enfasi o parentesi) per essere impaginato: semplificalo e salva di nuovo."])
                .OverridePropertyName(field.Name);
        }
    }
}
