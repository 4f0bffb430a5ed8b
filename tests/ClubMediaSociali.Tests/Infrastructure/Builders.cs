using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Ideas;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Domain.Repertoire;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>Valid entities with sensible defaults; tests change only what they are about.</summary>
public static class Build
{
    private static int _sequence;

    private static int Next() => Interlocked.Increment(ref _sequence);

    public static Member Member(string? displayName = null, int primaryRoleId = 1)
    {
        var n = Next();
        var email = $"membro{n}@test.example";
        return new Member
        {
            DisplayName = displayName ?? $"Membro {n}",
            Handle = $"membro-{n}",
            PrimaryRoleId = primaryRoleId,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            JoinedAt = DateTimeOffset.UtcNow,
        };
    }

    /// <summary>An idea as its author posts it (ranked by its age), in <paramref name="status"/>.</summary>
    /// <summary>A stored passkey of the member's, as Identity keeps one (no real key: nothing signs in with it).</summary>
    public static Microsoft.AspNetCore.Identity.IdentityUserPasskey<Guid> Passkey(Guid memberId, string name) => new()
    {
        CredentialId = Guid.NewGuid().ToByteArray(),
        UserId = memberId,
        Data = new Microsoft.AspNetCore.Identity.IdentityPasskeyData
        {
            PublicKey = [9, 9, 9],
            Name = name,
            CreatedAt = DateTimeOffset.UtcNow,
            Transports = ["internal"],
            IsUserVerified = true,
            AttestationObject = [1],
            ClientDataJson = [1],
        },
    };

    public static Idea Idea(Guid? authorId = null, string? title = null, DateTimeOffset? createdAt = null, IdeaStatus status = IdeaStatus.New)
    {
        var at = createdAt ?? DateTimeOffset.UtcNow;
        var idea = new Idea
        {
            Title = title ?? $"Idea numero {Next()} per il Club",
            BodyMarkdown = "Una proposta da discutere insieme.",
            BodyHtml = "<p>Una proposta da discutere insieme.</p>",
            AuthorId = authorId,
            Status = status,
            CreatedAt = at,
            UpdatedAt = at,
        };
        idea.Rank();
        return idea;
    }

    /// <summary>A company page with <paramref name="representativeIds"/> as its representatives.</summary>
    public static (Company Company, CompanyMember[] Representatives) Company(
        string? name = null, CompanyKind kind = CompanyKind.Company, ItalianRegion region = ItalianRegion.Lombardia, params Guid[] representativeIds)
    {
        name ??= $"Organizzazione {Next()}";
        var company = new Company
        {
            Name = name,
            Slug = Slugs.From(name),
            Kind = kind,
            Sector = "alimentare",
            Size = CompanySize.Small,
            Region = region,
            DescriptionMarkdown = "Facciamo cose buone.",
            DescriptionHtml = "<p>Facciamo cose buone.</p>",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        return (company, [.. representativeIds.Select(id => new CompanyMember
        {
            CompanyId = company.Id,
            MemberId = id,
            Status = CompanyMemberStatus.Representative,
            RequestedAt = DateTimeOffset.UtcNow,
        })]);
    }

    /// <summary>The bacheca's line for an idea posted at <paramref name="at"/>, as its effect writes it.</summary>
    public static Application.Domain.Network.Activity IdeaPosted(Idea idea, DateTimeOffset at) => new()
    {
        Kind = Application.Domain.Network.ActivityKind.IdeaPosted,
        ActorId = idea.AuthorId,
        SubjectKind = Application.Domain.Network.ActivitySubject.Idea,
        SubjectId = idea.Id,
        Title = idea.Title,
        Tags = idea.Tags,
        RoleIds = idea.RoleIds,
        At = at,
    };

    /// <summary>A visible comment on an idea, its HTML the text in one paragraph.</summary>
    public static Comment Comment(Guid ideaId, Guid authorId, string text, DateTimeOffset? createdAt = null) => new()
    {
        ThreadKind = CommentThreadKind.Idea,
        ThreadId = ideaId,
        AuthorId = authorId,
        BodyMarkdown = text,
        BodyHtml = $"<p>{text}</p>",
        Status = CommentStatus.Visible,
        CreatedAt = createdAt ?? DateTimeOffset.UtcNow,
    };

    /// <summary>A Club meetup for a moderator to save: in <paramref name="inDays"/> days at 20:00 UTC, two hours long.</summary>
    public static Application.Features.Events.SaveEvent ClubMeetup(string title, int? capacity = null, int inDays = 12)
    {
        var day = DateTime.UtcNow.Date.AddDays(inDays).AddHours(20);
        return new()
        {
            ForClub = true,
            Kind = Application.Domain.Events.EventKind.Meetup,
            Title = title,
            Description = "Un incontro del Club.",
            Starts = day,
            Ends = day.AddHours(2),
            City = "Parma",
            Region = ItalianRegion.EmiliaRomagna,
            Capacity = capacity,
        };
    }

    public static Practice Practice(PracticeStatus status = PracticeStatus.Published) => new()
    {
        Title = $"Pratica {Next()}",
        Status = status,
        CreatedAt = DateTimeOffset.UtcNow,
        PublishedAt = status == PracticeStatus.Published ? DateTimeOffset.UtcNow : null,
    };

    public static Opportunity Opportunity(OpportunityStatus status = OpportunityStatus.Open, Guid? companyId = null) => new()
    {
        Title = $"Opportunità {Next()}",
        CompanyId = companyId,
        DescriptionMarkdown = "Cerchiamo un fotografo.",
        DescriptionHtml = "<p>Cerchiamo un fotografo.</p>",
        Status = status,
        CreatedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>A member's response to an opportunity, just sent.</summary>
    public static OpportunityResponse Response(Guid opportunityId, Guid memberId, string message = "Ho esperienza nel settore.") => new()
    {
        OpportunityId = opportunityId,
        MemberId = memberId,
        Message = message,
        Status = ResponseStatus.Sent,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
