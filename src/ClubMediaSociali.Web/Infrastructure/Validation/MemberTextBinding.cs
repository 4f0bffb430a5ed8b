using ClubMediaSociali.Application.Common.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace ClubMediaSociali.Web.Infrastructure.Validation;

/// <summary>
/// Every text field, query value and route value bound by MVC passes through <see cref="MemberText.Normalize"/>,
/// passwords excepted: the input boundary of the Club.
/// </summary>
internal sealed class MemberTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string))
        {
            return null;
        }

        var inner = new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>());
        var name = context.Metadata.PropertyName ?? context.Metadata.ParameterName ?? "";
        return name.Contains("Password", StringComparison.OrdinalIgnoreCase) ? inner : new MemberTextBinder(inner);
    }

    private sealed class MemberTextBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text })
            {
                // What is left may be blank (a field of control characters only): blank becomes null, as MVC does.
                var normalized = MemberText.Normalize(text);
                bindingContext.Result = ModelBindingResult.Success(
                    string.IsNullOrWhiteSpace(normalized) && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : normalized);
            }
        }
    }
}
