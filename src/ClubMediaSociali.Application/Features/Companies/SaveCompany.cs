using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Companies;

/// <summary>
/// A confirmed member creates a company page (<see cref="Slug"/> null) and becomes its first
/// representative, or a representative edits it. The address is made from the name once and kept.
/// </summary>
[ChangesPages(PublicPages.Companies | PublicPages.Opportunities)]
public sealed record SaveCompany : ICommand<Result<string>>
{
    /// <summary>The page being edited; null to create one.</summary>
    public string? Slug { get; init; }

    [SingleLine]
    public string Name { get; init; } = "";

    public CompanyKind? Kind { get; init; }

    [SingleLine]
    public string Sector { get; init; } = "";

    public CompanySize? Size { get; init; }

    public ItalianRegion? Region { get; init; }

    [SingleLine]
    public string? WebsiteUrl { get; init; }

    /// <summary>Channel addresses, one per line.</summary>
    public string? Channels { get; init; }

    [Markdown]
    public string Description { get; init; } = "";

    public static string[] ParseChannels(string? lines) =>
        [.. (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];
}

public sealed class SaveCompanyValidator : AbstractValidator<SaveCompany>
{
    public SaveCompanyValidator(ICurrentMember currentMember, IStringLocalizer<ValidationMessages> text, ClubDbContext db, Reputation.NewcomerLinks links)
    {
        RuleFor(c => c.Name)
            .Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => text["Scrivi il nome dell'organizzazione."])
            .ClubMaxLength(text, Company.NameMaxLength)
            .Must(n => Slugs.From(n).Length > 0).WithMessage(_ => text["Il nome deve contenere almeno una lettera o una cifra."])
            .MustAsync(async (command, name, ct) => command.Slug is not null || !await db.Companies.IgnoreQueryFilters([ClubDbContext.ScreeningFilter]).AnyAsync(c => c.Slug == Slugs.From(name, 80), ct))
                .WithMessage(_ => text["Esiste già una pagina con questo nome: cercala nell'elenco e chiedi di unirti."]);
        RuleFor(c => c.Kind)
            .Must(k => k is { } kind && Enum.IsDefined(kind)).WithMessage(_ => text["Scegli il tipo di organizzazione."]);
        RuleFor(c => c.Sector)
            .Cascade(CascadeMode.Stop)
            .Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage(_ => text["Indica il settore, per esempio: alimentare, turismo, moda."])
            .ClubMaxLength(text, Company.SectorMaxLength);
        RuleFor(c => c.Size)
            .Must(s => s is { } size && Enum.IsDefined(size)).WithMessage(_ => text["Scegli la dimensione."]);
        RuleFor(c => c.Region)
            .Must(r => r is { } region && Enum.IsDefined(region)).WithMessage(_ => text["Scegli una regione dall'elenco."]);
        RuleFor(c => c.WebsiteUrl).ClubWebAddress(text, Company.UrlMaxLength);
        RuleFor(c => c.Channels)
            .Cascade(CascadeMode.Stop)
            .Must(lines => SaveCompany.ParseChannels(lines).Length <= Company.MaxChannels)
                .WithMessage(_ => text["Al massimo {0} canali, uno per riga.", Company.MaxChannels])
            .Must(lines => SaveCompany.ParseChannels(lines).All(u => u.Length <= Company.UrlMaxLength && ClubRules.IsWebAddressOrEmpty(u)))
                .WithMessage(_ => text["Ogni canale è un indirizzo web completo, che inizia con https://, uno per riga."]);
        RuleFor(c => c.Description)
            .Cascade(CascadeMode.Stop)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage(_ => text["Racconta in poche righe chi siete e che cosa fate."])
            .ClubMaxLength(text, Company.DescriptionMaxLength)
            .ClubNewcomerLinks(text, links, currentMember);
    }
}

public sealed class SaveCompanyHandler(
    ICurrentMember currentMember, ClubDbContext db, MarkdownRenderer markdown, TimeProvider clock, Moderation.ContentScreening screening)
    : ICommandHandler<SaveCompany, Result<string>>
{
    public async ValueTask<Result<string>> Handle(SaveCompany command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Company company;
        if (command.Slug is { } slug)
        {
            var found = await db.Companies.SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
            if (found is null)
            {
                return CompanyErrors.NotFound;
            }

            if (await CompanyPermissions.ManageRefusalAsync(db, currentMember, found.Id, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            company = found;
        }
        else
        {
            company = new Company { Name = "", Slug = Slugs.From(command.Name, 80), CreatedAt = now };
            db.Companies.Add(company);
            db.CompanyMembers.Add(new CompanyMember
            {
                CompanyId = company.Id,
                MemberId = currentMember.RequiredId,
                Status = CompanyMemberStatus.Representative,
                RequestedAt = now,
                DecidedAt = now,
            });
        }

        company.Name = command.Name.Trim();
        company.Kind = command.Kind!.Value;
        company.Sector = command.Sector.Trim();
        company.Size = command.Size!.Value;
        company.Region = command.Region!.Value;
        company.WebsiteUrl = string.IsNullOrWhiteSpace(command.WebsiteUrl) ? null : command.WebsiteUrl.Trim();
        company.Channels = SaveCompany.ParseChannels(command.Channels);
        company.DescriptionMarkdown = command.Description.Trim();
        company.DescriptionHtml = markdown.ToSafeHtml(company.DescriptionMarkdown);
        company.UpdatedAt = now;
        var screened = new Moderation.ScreenedText(
            ContentKind.Company, company.Id, currentMember.RequiredId, $"{company.Name}\n{company.Sector}\n\n{company.DescriptionMarkdown}",
            company.DescriptionHtml, [company.WebsiteUrl, .. company.Channels], company.DescriptionMarkdown);
        if ((await screening.CheckAsync(screened, cancellationToken)).Held)
        {
            company.Screening = Screening.Held;
        }

        await db.SaveChangesAsync(cancellationToken);
        return company.Slug;
    }
}
