using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Web.Infrastructure.Authorization;
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

            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (services.GetService(validatorType) is not IValidator validator)
            {
                continue;
            }

            var validation = new ValidationContext<object>(argument);
            if (context.HttpContext.User.MemberIdOrNull() is { } memberId)
            {
                validation.RootContextData[ClubRules.SignedInMember] = memberId;
            }

            var result = await validator.ValidateAsync(validation, context.HttpContext.RequestAborted);
            var prefix = parameter.BindingInfo?.BinderModelName;
            foreach (var failure in result.Errors)
            {
                var key = string.IsNullOrEmpty(prefix) ? failure.PropertyName : $"{prefix}.{failure.PropertyName}";
                context.ModelState.AddModelError(key, failure.ErrorMessage);
            }
        }

        await next();
    }
}
