using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Features.Media;
using Microsoft.EntityFrameworkCore;
using NetVips;

namespace ClubMediaSociali.Application.Data.DemoContent;

/// <summary>
/// Faces for the demo members and logos for the demo companies, drawn here (a silhouette on the member's colour, a
/// few shapes for a company), never photos of real people. They go through the same processing and storage as an
/// upload, so the demo shows pictures exactly as members' would look.
/// </summary>
public sealed class DemoPicturesSeeder(ClubDbContext db, Pictures pictures, MediaStore store)
{
    private static readonly (double[] Background, double[] Figure)[] Palette =
    [
        ([23, 50, 77], [245, 196, 81]),
        ([31, 111, 102], [214, 240, 232]),
        ([165, 59, 22], [255, 222, 196]),
        ([106, 61, 154], [230, 214, 247]),
        ([122, 82, 0], [255, 236, 179]),
        ([47, 93, 138], [205, 227, 247]),
        ([140, 42, 79], [250, 212, 226]),
        ([61, 107, 31], [219, 240, 200]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var members = await db.Users.Where(m => m.DeletedAt == null && m.PhotoHash == null).Select(m => new { m.Id, m.Handle }).ToListAsync(cancellationToken);
        foreach (var member in members)
        {
            var picture = await pictures.ProcessAsync(Face(member.Handle), PictureShape.Portrait, cancellationToken);
            await store.InTransactionAsync(async () =>
            {
                await store.AddPictureAsync(member.Id, UploadPurpose.Photo, picture.Value, 0, UploadPlace.Member, member.Id, cancellationToken);
                return await db.Users.Where(m => m.Id == member.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(m => m.PhotoHash, picture.Value.SourceHash), cancellationToken);
            }, cancellationToken);
        }

        var companies = await db.Companies.Where(c => c.LogoHash == null)
            .Select(c => new { c.Id, c.Slug, Owner = db.CompanyMembers.Where(m => m.CompanyId == c.Id).Select(m => (Guid?)m.MemberId).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        foreach (var company in companies.Where(c => c.Owner is not null))
        {
            var logo = await pictures.ProcessAsync(Logo(company.Slug), PictureShape.Logo, cancellationToken);
            await store.InTransactionAsync(async () =>
            {
                await store.AddPictureAsync(company.Owner!.Value, UploadPurpose.Logo, logo.Value, 0, UploadPlace.Company, company.Id, cancellationToken);
                return await db.Companies.Where(c => c.Id == company.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(c => c.LogoHash, logo.Value.SourceHash), cancellationToken);
            }, cancellationToken);
        }
    }

    /// <summary>A head and shoulders in a light shade on a strong one, placed a little differently for each member.</summary>
    private static byte[] Face(string seed)
    {
        var n = Stable(seed);
        var (background, figure) = Palette[n % Palette.Length];
        var shift = (int)(n / 8 % 5) * 8 - 16;
        using var canvas = Filled(400, 400, background);
        using var drawn = canvas.Mutate(m =>
        {
            m.DrawCircle(figure, 200 + shift, 160, 74 + (int)(n / 40 % 3 * 6), fill: true);
            m.DrawCircle(figure, 200 + shift, 470, 175, fill: true);
        });
        return drawn.PngsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    /// <summary>A mark of simple shapes in the company's two colours: a disc and a ring, bars, or overlapping discs.</summary>
    private static byte[] Logo(string seed)
    {
        var n = Stable(seed);
        var (strong, light) = Palette[n % Palette.Length];
        double[] white = [255, 255, 255];
        using var canvas = Filled(400, 400, white);
        using var drawn = canvas.Mutate(m =>
        {
            switch (n / 8 % 3)
            {
                case 0:
                    m.DrawCircle(strong, 200, 200, 150, fill: true);
                    m.DrawCircle(light, 200, 200, 90, fill: true);
                    m.DrawCircle(strong, 200, 200, 40, fill: true);
                    break;
                case 1:
                    for (var bar = 0; bar < 3; bar++)
                    {
                        m.DrawRect(bar == 1 ? light : strong, 70 + (bar * 95), 80 + ((2 - bar) * 50), 70, 240 - ((2 - bar) * 50), fill: true);
                    }

                    break;
                default:
                    m.DrawCircle(strong, 160, 200, 110, fill: true);
                    m.DrawCircle(light, 250, 200, 110, fill: true);
                    break;
            }
        });
        return drawn.PngsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    private static Image Filled(int width, int height, double[] colour)
    {
        using var black = Image.Black(width, height, bands: 3);
        using var painted = black + colour;
        return painted.Cast(Enums.BandFormat.Uchar);
    }

    /// <summary>The same number for the same handle on every run (string.GetHashCode changes between runs).</summary>
    private static uint Stable(string seed)
    {
        var hash = 2166136261u;
        foreach (var c in seed)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
