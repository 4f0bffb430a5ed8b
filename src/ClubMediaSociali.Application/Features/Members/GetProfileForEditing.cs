using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Members;

/// <summary>The signed-in member's profile as an edit form holds it.</summary>
public sealed record GetProfileForEditing() : IQuery<UpdateProfile?>;

public sealed class GetProfileForEditingHandler(ICurrentMember currentMember, ClubDbContext db) : IQueryHandler<GetProfileForEditing, UpdateProfile?>
{
    public async ValueTask<UpdateProfile?> Handle(GetProfileForEditing query, CancellationToken cancellationToken)
    {
        var m = await db.Users.AsNoTracking().SingleOrDefaultAsync(x => x.Id == currentMember.RequiredId && x.DeletedAt == null, cancellationToken);
        return m is null
            ? null
            : new UpdateProfile
            {
                DisplayName = m.DisplayName,
                Headline = m.Headline,
                Bio = m.BioMarkdown,
                PrimaryRoleId = m.PrimaryRoleId,
                SecondaryRoleIds = m.SecondaryRoleIds,
                CompanyName = m.CompanyName,
                City = m.City,
                Region = m.Region,
                WebsiteUrl = m.WebsiteUrl,
                LinkedInUrl = m.LinkedInUrl,
                XUrl = m.XUrl,
                FacebookUrl = m.FacebookUrl,
                InstagramUrl = m.InstagramUrl,
                YouTubeUrl = m.YouTubeUrl,
                Skills = Tags.Format(m.Skills),
                OffersTags = Tags.Format(m.OffersTags),
                OffersText = m.OffersText,
                SeeksTags = Tags.Format(m.SeeksTags),
                SeeksText = m.SeeksText,
                Visibility = m.Visibility,
                ShowEmailToContacts = m.ShowEmailToContacts,
                ContactsVisibility = m.ContactsVisibility,
                MessagePolicy = m.MessagePolicy,
                TimeZone = m.TimeZone,
            };
    }
}
