using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClubMediaSociali.Web.Infrastructure.Localization;

/// <summary>Replaces MVC's English model-binding messages (a number that is not a number...) with ours.</summary>
internal sealed class ModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var text = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => text["Il valore «{0}» non è valido.", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["Il valore «{0}» non è valido per questo campo.", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Il valore «{0}» non è valido.", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["Il valore indicato non è valido."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Il valore indicato non è valido."]);
        messages.SetValueMustNotBeNullAccessor(value => text["Questo campo è obbligatorio."]);
        messages.SetMissingBindRequiredValueAccessor(field => text["Questo campo è obbligatorio."]);
        messages.SetMissingKeyOrValueAccessor(() => text["Questo campo è obbligatorio."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Il modulo è arrivato vuoto: riprova."]);
        messages.SetValueMustBeANumberAccessor(field => text["Scrivi un numero."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Scrivi un numero."]);
    }
}
