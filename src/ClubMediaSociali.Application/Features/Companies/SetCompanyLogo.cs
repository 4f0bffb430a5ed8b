using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Features.Media;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Companies;

/// <summary>
/// A representative sets (or replaces) the organisation's logo, or removes it (<see cref="Content"/> null): fitted
/// whole in a square, shown on its page, its cards and its opportunities.
/// </summary>
[ChangesPages(PublicPages.Companies | PublicPages.Opportunities)]
public sealed record SetCompanyLogo(string Slug, byte[]? Content) : ICommand<Result<string>>;

public sealed class SetCompanyLogoHandler(ICurrentMember currentMember, ClubDbContext db, PictureSlots slots) : ICommandHandler<SetCompanyLogo, Result<string>>
{
    public async ValueTask<Result<string>> Handle(SetCompanyLogo command, CancellationToken cancellationToken)
    {
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Slug == command.Slug, cancellationToken);
        if (company is null)
        {
            return CompanyErrors.NotFound;
        }

        if (await CompanyPermissions.ManageRefusalAsync(db, currentMember, company.Id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var slot = new PictureSlot(UploadPurpose.Logo, PictureShape.Logo, UploadPlace.Company, company.Id);
        Task Point(string? hash)
        {
            company.LogoHash = hash;
            return Task.CompletedTask;
        }

        if (command.Content is null)
        {
            await slots.EmptyAsync(slot, Point, cancellationToken);
            return company.Slug;
        }

        var stored = await slots.ReplaceAsync(currentMember.RequiredId, slot, command.Content, Point, cancellationToken);
        return stored.IsSuccess ? company.Slug : stored.Error!;
    }
}
