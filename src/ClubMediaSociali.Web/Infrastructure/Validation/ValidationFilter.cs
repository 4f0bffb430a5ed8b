using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ClubMediaSociali.Web.Infrastructure.Validation;

/// <summary>
/// Runs the FluentValidation validators of every bound action argument before the action, and
/// puts their failures into ModelState under the field names the form used. The action then
/// redisplays the form with the user's input and a message beside each field.
/// </summary>
internal sealed class ValidationFilter(IServiceProvider services) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (!context.ActionArguments.TryGetValue(parameter.Name, out var argument) || argument is null)
            {
                continue;
            }

            KeepCheckboxesDrawable(context, argument, parameter.BindingInfo?.BinderModelName);
            // The request's own validator and the shared ones (FieldRulesValidator) alike.
            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            var prefix = parameter.BindingInfo?.BinderModelName;
            foreach (var validator in services.GetServices(validatorType).OfType<IValidator>())
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                foreach (var failure in result.Errors)
                {
                    var key = string.IsNullOrEmpty(prefix) ? failure.PropertyName : $"{prefix}.{failure.PropertyName}";
                    context.ModelState.AddModelError(key, failure.ErrorMessage);
                }
            }
        }

        await next();
    }

    /// <summary>
    /// A checkbox posted with something other than true or false (a probe, a tampered form) already has its
    /// binding error; but drawing the form again would make the checkbox helper parse that text as a boolean
    /// and fail. The box is drawn from the bound value instead, and the error stays.
    /// </summary>
    private static void KeepCheckboxesDrawable(ActionExecutingContext context, object argument, string? prefix)
    {
        // Only a failed binding can leave such a value: the usual request pays no reflection.
        if (context.ModelState.IsValid)
        {
            return;
        }

        foreach (var property in argument.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType != typeof(bool) && property.PropertyType != typeof(bool?))
            {
                continue;
            }

            var key = string.IsNullOrEmpty(prefix) ? property.Name : $"{prefix}.{property.Name}";
            if (context.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
                && entry.RawValue is not null && !IsBooleanText(entry.RawValue))
            {
                var drawn = property.GetValue(argument) is true ? "true" : "false";
                context.ModelState.SetModelValue(key, drawn, drawn);
            }
        }
    }

    private static bool IsBooleanText(object raw) => raw switch
    {
        string text => bool.TryParse(text, out _),
        string[] texts => texts.Length > 0 && bool.TryParse(texts[0], out _),
        _ => true,
    };
}
