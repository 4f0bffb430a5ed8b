using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Business;
using ClubMediaSociali.Application.Domain.Moderation;
using ClubMediaSociali.Application.Domain.Notifications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Business;

/// <summary>
/// A confirmed member asks to join a company as a representative, with an optional message. A member
/// declined before may ask again; a representative or a member already waiting may not.
/// The company's representatives are told.
/// </summary>
public sealed record RequestToJoinCompany(string Slug, Guid MemberId, string? Message) : ICommand<Result<Unit>>;

public sealed class RequestToJoinCompanyValidator : AbstractValidator<RequestToJoinCompany>
{
    public RequestToJoinCompanyValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Message)
            .MaximumLength(CompanyMember.MessageMaxLength)
            .WithMessage(_ => text["Questo campo può avere al massimo {0} caratteri.", CompanyMember.MessageMaxLength]);
}

public sealed class RequestToJoinCompanyHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<RequestToJoinCompany, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RequestToJoinCompany command, CancellationToken cancellationToken)
    {
        var company = await db.Companies.Where(c => c.Slug == command.Slug).Select(c => new { c.Id, c.Name, c.Slug }).SingleOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return CompanyErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var tie = await db.CompanyMembers.SingleOrDefaultAsync(m => m.CompanyId == company.Id && m.MemberId == command.MemberId, cancellationToken);
        if (tie is { Status: not CompanyMemberStatus.Declined })
        {
            return CompanyErrors.AlreadyTied;
        }

        if (tie is null)
        {
            tie = new CompanyMember { CompanyId = company.Id, MemberId = command.MemberId };
            db.CompanyMembers.Add(tie);
        }

        tie.Status = CompanyMemberStatus.Requested;
        tie.Message = string.IsNullOrWhiteSpace(command.Message) ? null : command.Message.Trim();
        tie.RequestedAt = now;
        tie.DecidedAt = null;
        tie.DecidedById = null;

        await Representatives.NotifyAsync(db, company.Id, "company.join_request", company.Name, $"/aziende/{company.Slug}", now, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same member asked twice at once: the primary key kept the first request.
            return CompanyErrors.AlreadyTied;
        }

        return Unit.Value;
    }
}

/// <summary>A representative accepts or declines a request to join; the member is told either way.</summary>
public sealed record DecideJoinRequest(string Slug, Guid RepresentativeId, Guid MemberId, bool Accept) : ICommand<Result<Unit>>;

public sealed class DecideJoinRequestHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<DecideJoinRequest, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DecideJoinRequest command, CancellationToken cancellationToken)
    {
        var company = await db.Companies.Where(c => c.Slug == command.Slug).Select(c => new { c.Id, c.Name, c.Slug }).SingleOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return CompanyErrors.NotFound;
        }

        if (!await Representatives.IsRepresentativeAsync(db, company.Id, command.RepresentativeId, cancellationToken))
        {
            return CompanyErrors.NotRepresentative;
        }

        var tie = await db.CompanyMembers.SingleOrDefaultAsync(
            m => m.CompanyId == company.Id && m.MemberId == command.MemberId && m.Status == CompanyMemberStatus.Requested, cancellationToken);
        if (tie is null)
        {
            return CompanyErrors.NoRequest;
        }

        var now = clock.GetUtcNow();
        tie.Status = command.Accept ? CompanyMemberStatus.Representative : CompanyMemberStatus.Declined;
        tie.DecidedAt = now;
        tie.DecidedById = command.RepresentativeId;
        db.Notifications.Add(new Notification
        {
            MemberId = command.MemberId,
            Kind = command.Accept ? "company.join_accepted" : "company.join_declined",
            Subject = company.Name,
            Link = $"/aziende/{company.Slug}",
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>An admin sets or clears a company's verified and founding-partner marks; each change is audited.</summary>
public sealed record SetCompanyMarks(string Slug, Guid AdminId, bool Verified, bool FoundingPartner) : ICommand<Result<Unit>>;

public sealed class SetCompanyMarksHandler(ClubDbContext db, TimeProvider clock) : ICommandHandler<SetCompanyMarks, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(SetCompanyMarks command, CancellationToken cancellationToken)
    {
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Slug == command.Slug, cancellationToken);
        if (company is null)
        {
            return CompanyErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        if (company.Verified != command.Verified)
        {
            db.AuditLog.Record(command.AdminId, command.Verified ? "companies.verify" : "companies.unverify", "company", company.Id, company.Name, now);
        }

        if (company.FoundingPartner != command.FoundingPartner)
        {
            db.AuditLog.Record(
                command.AdminId, command.FoundingPartner ? "companies.founding_partner" : "companies.not_founding_partner", "company", company.Id, company.Name, now);
        }

        company.Verified = command.Verified;
        company.FoundingPartner = command.FoundingPartner;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
