using System.Linq.Expressions;
using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>
/// A member edits their own profile: who they are, where they work, and above all what they bring
/// to the Club and what they look for in it. Tags arrive as comma-separated text, as typed.
/// </summary>
[ChangesPages(PublicPages.Everything)]
public sealed record UpdateProfile : ICommand<Result<string>>
{
    public const int MaxSecondaryRoles = 5;

    [SingleLine]
    public string DisplayName { get; init; } = "";

    [SingleLine]
    public string? Headline { get; init; }

    [Markdown]
    public string? Bio { get; init; }

    public int PrimaryRoleId { get; init; }

    public int[] SecondaryRoleIds { get; init; } = [];

    [SingleLine]
    public string? CompanyName { get; init; }

    [SingleLine]
    public string? City { get; init; }

    public ItalianRegion? Region { get; init; }

    [SingleLine]
    public string? WebsiteUrl { get; init; }

    [SingleLine]
    public string? LinkedInUrl { get; init; }

    [SingleLine]
    public string? XUrl { get; init; }

    [SingleLine]
    public string? FacebookUrl { get; init; }

    [SingleLine]
    public string? InstagramUrl { get; init; }

    [SingleLine]
    public string? YouTubeUrl { get; init; }

    [SingleLine]
    public string? Skills { get; init; }

    [SingleLine]
    public string? OffersTags { get; init; }

    public string? OffersText { get; init; }

    [SingleLine]
    public string? SeeksTags { get; init; }

    public string? SeeksText { get; init; }

    public ProfileVisibility Visibility { get; init; }

    public bool ShowEmailToContacts { get; init; }

    public Domain.Connections.ContactsVisibility ContactsVisibility { get; init; }

    /// <summary>Who may start a conversation with the member.</summary>
    public Domain.Conversations.MessagePolicy MessagePolicy { get; init; }

    /// <summary>The zone the member reads times in (an IANA name).</summary>
    public string TimeZone { get; init; } = Domain.Events.Event.DefaultTimeZone;
}

public sealed class UpdateProfileValidator : AbstractValidator<UpdateProfile>
{
    public UpdateProfileValidator(ICurrentMember currentMember, IStringLocalizer<ValidationMessages> text, ClubDbContext db, Reputation.NewcomerLinks links)
    {
        RuleFor(c => c.DisplayName)
            .ClubDisplayName(text);
        RuleFor(c => c.Headline).ClubMaxLength(text, ProfileLimits.HeadlineMaxLength);
        RuleFor(c => c.Bio)
            .Cascade(CascadeMode.Stop)
            .ClubMaxLength(text, ProfileLimits.BioMaxLength)
            .ClubNewcomerLinks(text, links, currentMember);
        RuleFor(c => c.CompanyName).ClubMaxLength(text, ProfileLimits.CompanyNameMaxLength);
        RuleFor(c => c.City).ClubMaxLength(text, ProfileLimits.CityMaxLength);
        RuleFor(c => c.OffersText).ClubMaxLength(text, ProfileLimits.ValueTextMaxLength);
        RuleFor(c => c.SeeksText).ClubMaxLength(text, ProfileLimits.ValueTextMaxLength);
        RuleFor(c => c.Region).Must(r => r is null || Enum.IsDefined(r.Value))
            .WithMessage(_ => text["Scegli una regione dall'elenco."]);
        RuleFor(c => c.TimeZone).Must(Events.EventTimes.IsKnown).WithMessage(_ => text["Scegli un fuso orario dall'elenco."]);

        Expression<Func<UpdateProfile, string?>>[] urls =
            [c => c.WebsiteUrl, c => c.LinkedInUrl, c => c.XUrl, c => c.FacebookUrl, c => c.InstagramUrl, c => c.YouTubeUrl];
        foreach (var url in urls)
        {
            RuleFor(url).ClubWebAddress(text, ProfileLimits.UrlMaxLength);
        }

        Expression<Func<UpdateProfile, string?>>[] tagLists = [c => c.Skills, c => c.OffersTags, c => c.SeeksTags];
        foreach (var tags in tagLists)
        {
            RuleFor(tags).ClubTags(text);
        }

        RuleFor(c => c.PrimaryRoleId).ClubPrimaryRole(text, db);
        RuleFor(c => c.SecondaryRoleIds)
            .Cascade(CascadeMode.Stop)
            .Must(ids => ids.Length <= UpdateProfile.MaxSecondaryRoles)
                .WithMessage(_ => text["Puoi indicare al massimo {0} ruoli secondari.", UpdateProfile.MaxSecondaryRoles])
            .MustAsync(async (ids, ct) => ids.Length == 0 || await db.ProfessionalRoles.CountAsync(r => ids.Contains(r.Id), ct) == ids.Distinct().Count())
                .WithMessage(_ => text["Scegli i ruoli dall'elenco."]);
    }
}

public sealed class UpdateProfileHandler(
    ICurrentMember currentMember, ClubDbContext db, MarkdownRenderer markdown, TimeProvider clock, Moderation.ContentScreening screening)
    : ICommandHandler<UpdateProfile, Result<string>>
{
    public async ValueTask<Result<string>> Handle(UpdateProfile command, CancellationToken cancellationToken)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == currentMember.RequiredId && m.DeletedAt == null, cancellationToken);
        if (member is null)
        {
            return ProfileErrors.NotFound;
        }

        member.DisplayName = command.DisplayName.Trim();
        member.Headline = Clean(command.Headline);
        member.BioMarkdown = Clean(command.Bio);
        member.BioHtml = markdown.ToSafeHtml(member.BioMarkdown);
        member.PrimaryRoleId = command.PrimaryRoleId;
        member.SecondaryRoleIds = command.SecondaryRoleIds.Where(id => id != command.PrimaryRoleId).Distinct().ToArray();
        member.CompanyName = Clean(command.CompanyName);
        member.City = Clean(command.City);
        member.Region = command.Region;
        member.WebsiteUrl = Clean(command.WebsiteUrl);
        member.LinkedInUrl = Clean(command.LinkedInUrl);
        member.XUrl = Clean(command.XUrl);
        member.FacebookUrl = Clean(command.FacebookUrl);
        member.InstagramUrl = Clean(command.InstagramUrl);
        member.YouTubeUrl = Clean(command.YouTubeUrl);
        member.Skills = Tags.Parse(command.Skills);
        member.OffersTags = Tags.Parse(command.OffersTags);
        member.OffersText = Clean(command.OffersText);
        member.SeeksTags = Tags.Parse(command.SeeksTags);
        member.SeeksText = Clean(command.SeeksText);
        member.Visibility = command.Visibility;
        member.ShowEmailToContacts = command.ShowEmailToContacts;
        member.ContactsVisibility = command.ContactsVisibility;
        member.MessagePolicy = Enum.IsDefined(command.MessagePolicy) ? command.MessagePolicy : default;
        member.TimeZone = command.TimeZone;
        var screened = new Moderation.ScreenedText(
            ContentKind.Profile, member.Id, member.Id,
            string.Join("\n\n", new[] { member.Headline, member.CompanyName, member.BioMarkdown, member.OffersText, member.SeeksText }.OfType<string>()),
            member.BioHtml, [member.WebsiteUrl, member.LinkedInUrl, member.XUrl, member.FacebookUrl, member.InstagramUrl, member.YouTubeUrl]);
        if ((await screening.CheckAsync(screened, cancellationToken)).Held)
        {
            member.ProfileScreening = Screening.Held;
        }

        db.Raise(new ProfileUpdated(member.Id), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return member.Handle;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
