using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Media;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>
/// A member adds a picture to a text they are writing (a practice, an idea, a comment, an opportunity): it is
/// processed like any picture (upright, no metadata, no wider than the reading column) and kept as theirs, used
/// nowhere until a saved text shows it. <see cref="Alt"/> says what it shows, for those who cannot see it.
/// </summary>
[ChangesNoPublicPage("The picture appears on a page only when a text that shows it is saved.")]
public sealed record UploadContentImage(byte[] Content, string Alt) : ICommand<Result<ContentImage>>
{
    public const int AltMaxLength = 200;
}

/// <summary>The stored picture: its address parts, and the text that describes it (as given, trimmed).</summary>
public sealed record ContentImage(string SourceHash, string Variant, string Alt, int Width, int Height);

public sealed class UploadContentImageValidator : AbstractValidator<UploadContentImage>
{
    public UploadContentImageValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Alt)
            .Cascade(CascadeMode.Stop)
            .Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage(_ => text["Descrivi in poche parole che cosa mostra l'immagine: la leggerà chi non può vederla."])
            .ClubMaxLength(text, UploadContentImage.AltMaxLength)
            .Must(a => !a.Contains('[', StringComparison.Ordinal) && !a.Contains(']', StringComparison.Ordinal))
                .WithMessage(_ => text["La descrizione non può contenere parentesi quadre."]);
}

public sealed class UploadContentImageHandler(ICurrentMember currentMember, Pictures pictures, MediaStore store, UploadQuota quota, IOptions<MediaOptions> options)
    : ICommandHandler<UploadContentImage, Result<ContentImage>>
{
    public async ValueTask<Result<ContentImage>> Handle(UploadContentImage command, CancellationToken cancellationToken)
    {
        var memberId = currentMember.RequiredId;
        if (quota.TooLarge(command.Content.Length, options.Value.PictureMaxBytes) is { } tooLarge)
        {
            return tooLarge;
        }

        var (taken, allowance, refusal) = await quota.TakePictureAsync(memberId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var processed = await pictures.ProcessAsync(command.Content, PictureShape.Content, cancellationToken);
        if (!processed.IsSuccess)
        {
            await quota.GiveBackAsync(memberId, allowance, taken, cancellationToken);
            return processed.Error!;
        }

        var picture = processed.Value;
        await store.InTransactionAsync(
            () => store.AddPictureAsync(memberId, UploadPurpose.ContentImage, picture, command.Content.Length, place: null, placeId: null, cancellationToken),
            cancellationToken);
        return new ContentImage(picture.SourceHash, Pictures.ContentVariant, command.Alt.Trim(), picture.Width, picture.Height);
    }
}
