using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Common;

/// <summary>
/// A text field that holds one line (a name, a title, a place, tags): a line break in it is refused with a
/// message beside the field, since a name spanning lines reads like a header in mail and breaks one-line layouts.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SingleLineAttribute : Attribute;

/// <summary>Checks every <see cref="SingleLineAttribute"/> field of any request, beside the request's own validator.</summary>
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
