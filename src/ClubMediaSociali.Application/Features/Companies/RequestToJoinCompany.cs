using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Common.Links;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Notifications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Companies;

/// <summary>
/// A confirmed member asks to join a company as a representative, with an optional message. A member
/// declined before may ask again; a representative or a member already waiting may not.
/// The company's representatives are told.
/// </summary>
[ChangesNoPublicPage("A request waits for the representatives; the company page shows representatives only.")]
public sealed record RequestToJoinCompany(string Slug, string? Message) : ICommand<Result<Unit>>;

public sealed class RequestToJoinCompanyValidator : AbstractValidator<RequestToJoinCompany>
{
    public RequestToJoinCompanyValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Message)
            .ClubMaxLength(text, CompanyMember.MessageMaxLength);
}

public sealed class RequestToJoinCompanyHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<RequestToJoinCompany, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RequestToJoinCompany command, CancellationToken cancellationToken)
    {
        var company = await db.Companies.Where(c => c.Slug == command.Slug).Select(c => new { c.Id, c.Name, c.Slug }).SingleOrDefaultAsync(cancellationToken);
        if (company is null)
        {
            return CompanyErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var tie = await db.CompanyMembers.SingleOrDefaultAsync(m => m.CompanyId == company.Id && m.MemberId == currentMember.RequiredId, cancellationToken);
        if (tie is { Status: not CompanyMemberStatus.Declined })
        {
            return CompanyErrors.AlreadyTied;
        }

        if (tie is null)
        {
            tie = new CompanyMember { CompanyId = company.Id, MemberId = currentMember.RequiredId };
            db.CompanyMembers.Add(tie);
        }

        tie.Status = CompanyMemberStatus.Requested;
        tie.Message = string.IsNullOrWhiteSpace(command.Message) ? null : command.Message.Trim();
        tie.RequestedAt = now;
        tie.DecidedAt = null;
        tie.DecidedById = null;

        db.Raise(new CompanyJoinRequested(company.Id, currentMember.RequiredId, now), now);

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
