using System.Reflection;
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

public static class SingleLineValidator
{
    /// <summary>
    /// Adds a <see cref="SingleLineValidator{T}"/> beside the own validator of each request that has one-line
    /// fields, and of no other: the requests without such fields (every query) pay nothing for it.
    /// </summary>
    public static void Register(IServiceCollection services, Assembly assembly)
    {
        foreach (var request in assembly.GetTypes().Where(t => t.GetProperties().Any(p => p.IsDefined(typeof(SingleLineAttribute)))))
        {
            services.AddScoped(typeof(IValidator<>).MakeGenericType(request), typeof(SingleLineValidator<>).MakeGenericType(request));
        }
    }
}

/// <summary>Checks every <see cref="SingleLineAttribute"/> field of a request, beside the request's own validator.</summary>
public sealed class SingleLineValidator<T> : AbstractValidator<T>
{
    private static readonly PropertyInfo[] Fields =
        [.. typeof(T).GetProperties().Where(p => p.PropertyType == typeof(string) && p.IsDefined(typeof(SingleLineAttribute)))];

    public SingleLineValidator(IStringLocalizer<ValidationMessages> text)
    {
        foreach (var field in Fields)
        {
            RuleFor(request => (string?)field.GetValue(request))
                .Must(value => value is null || value.AsSpan().IndexOfAny('\r', '\n') < 0)
                .WithMessage(_ => text["Questo campo sta su una riga: togli gli a capo."])
                .OverridePropertyName(field.Name);
        }
    }
}
