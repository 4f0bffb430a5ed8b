using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Content;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Common;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Network;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Ideas;

/// <summary>
/// A member posts an idea (<see cref="IdeaId"/> null) or edits one. The author edits until the first
/// vote or comment; after that only moderators can, so nobody votes on one text and finds another.
/// The author follows their idea from the start.
/// </summary>
[ChangesPages(PublicPages.Ideas | PublicPages.Home)]
public sealed record SaveIdea : ICommand<Result<Guid>>, ITransactional
{
    public Guid? IdeaId { get; init; }

    [SingleLine]
    public string Title { get; init; } = "";

    [Markdown]
    public string Body { get; init; } = "";

    [SingleLine]
    public string? Tags { get; init; }

    public int[] RoleIds { get; init; } = [];
}

public sealed class SaveIdeaValidator : AbstractValidator<SaveIdea>
{
    public SaveIdeaValidator(ICurrentMember currentMember, IStringLocalizer<ValidationMessages> text, ClubDbContext db, Reputation.NewcomerLinks links)
    {
        RuleFor(c => c.Title)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Dai un titolo all'idea."])
            .ClubMaxLength(text, Idea.TitleMaxLength);
        RuleFor(c => c.Body)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => text["Spiega l'idea: che cosa proponi e perché servirebbe al Club."])
            .ClubMaxLength(text, Idea.BodyMaxLength)
            .ClubNewcomerLinks(text, links, currentMember);
        RuleFor(c => c.Tags).ClubTags(text);
        RuleFor(c => c.RoleIds)
            .Cascade(CascadeMode.Stop)
            .Must(ids => ids.Distinct().Count() <= Idea.MaxRoles).WithMessage(_ => text["Scegli al massimo {0} ruoli.", Idea.MaxRoles])
            .ClubRoleIds(text, db);
    }
}

public sealed class SaveIdeaHandler(ICurrentMember currentMember, ClubDbContext db, Following.MentionedMembers mentions, TimeProvider clock, Moderation.ContentScreening screening, Media.ContentImageUses images)
    : ICommandHandler<SaveIdea, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SaveIdea command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Idea idea;
        if (command.IdeaId is { } id)
        {
            var found = await db.Ideas.SingleOrDefaultAsync(i => i.Id == id && i.Status != IdeaStatus.Duplicate, cancellationToken);
            if (found is null)
            {
                return IdeaErrors.NotFound;
            }

            if (IdeaPermissions.EditRefusal(currentMember, found.AuthorId, found.Status, found.EngagedAt) is { } refusal)
            {
                return refusal;
            }

            idea = found;
        }
        else
        {
            idea = new Idea
            {
                Title = "",
                AuthorId = currentMember.RequiredId,
                Status = IdeaStatus.New,
                CreatedAt = now,
            };
            idea.Rank();
            db.Ideas.Add(idea);
            db.IdeaFollowers.Add(IdeaFollower.Author(idea));
            db.Raise(new IdeaPosted(idea.Id, now), now);
        }

        idea.Title = command.Title.Trim();
        idea.BodyMarkdown = command.Body.Trim();
        idea.BodyHtml = await mentions.RenderAsync(idea.BodyMarkdown, cancellationToken);
        idea.Tags = Tags.Parse(command.Tags);
        idea.RoleIds = [.. command.RoleIds.Distinct().Order()];
        idea.UpdatedAt = now;
        var screened = new Moderation.ScreenedText(ContentKind.Idea, idea.Id, currentMember.RequiredId, idea.Title + "\n\n" + idea.BodyMarkdown, idea.BodyHtml, Excerpt: idea.BodyMarkdown);
        if ((await screening.CheckAsync(screened, cancellationToken)).Held)
        {
            idea.Screening = Screening.Held;
        }

        db.Raise(new Following.TextWritten(MentionPlace.Idea, idea.Id, now), now);

        await db.SaveChangesAsync(cancellationToken);
        await images.KeepInStepAsync(UploadPlace.Idea, idea.Id, idea.AuthorId, [idea.BodyMarkdown], cancellationToken);
        return idea.Id;
    }
}
