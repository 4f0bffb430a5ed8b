using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Limits;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClubMediaSociali.Application.Features.Media;

/// <summary>
/// How much one member may upload in a day, counted in PostgreSQL (<see cref="Allowances"/>) so every instance
/// shares it. A use is taken before the work and given back when the file is refused: a bad file costs nothing.
/// </summary>
public sealed class UploadQuota(ClubDbContext db, Allowances allowances, IOptions<MediaOptions> options, TimeProvider clock, IStringLocalizer<ValidationMessages> text)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>Takes one picture from the member's day, or says why not (beside the file field).</summary>
    public async Task<(Taken Taken, Allowance Allowance, Error? Refusal)> TakePictureAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await db.Users.Where(m => m.Id == memberId).Select(m => new { m.Reputation, m.JoinedAt }).SingleAsync(cancellationToken);
        var newcomer = TrustLevels.For(member.Reputation, member.JoinedAt, clock.GetUtcNow()) == TrustLevel.New;
        var allowance = new Allowance("pictures", newcomer ? options.Value.NewcomerPicturesPerDay : options.Value.PicturesPerDay, Day);
        var taken = await allowances.TryTakeAsync(allowance, $"member:{memberId}", cancellationToken);
        return (taken, allowance, taken.Allowed ? null : Error.Invalid(
            "media.quota", "File", text["Oggi hai già caricato {0} immagini, il massimo per un giorno: potrai caricarne altre domani.", allowance.Limit]));
    }

    public Task GiveBackAsync(Guid memberId, Allowance allowance, Taken taken, CancellationToken cancellationToken) =>
        allowances.GiveBackAsync(allowance, $"member:{memberId}", taken, cancellationToken);

    /// <summary>The refusal of a file larger than <paramref name="maxBytes"/>, or null.</summary>
    public Error? TooLarge(long length, int maxBytes) => length <= maxBytes ? null : Error.Invalid(
        "media.too_large", "File", text["Il file è troppo grande ({0:0.0} MB): il massimo è {1} MB.", length / 1048576.0, maxBytes / 1048576]);
}
