using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Companies;

/// <summary>An admin sets or clears a company's verified and founding-partner marks; each change is audited.</summary>
[ChangesPages(PublicPages.Companies | PublicPages.Opportunities)]
public sealed record SetCompanyMarks(string Slug, bool Verified, bool FoundingPartner) : ICommand<Result<Unit>>;

public sealed class SetCompanyMarksHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<SetCompanyMarks, Result<Unit>>
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
            db.AuditLog.Record(currentMember.RequiredId, command.Verified ? AuditActions.VerifyCompany : AuditActions.UnverifyCompany, AuditTargets.Company, company.Id, company.Name, now);
        }

        if (company.FoundingPartner != command.FoundingPartner)
        {
            db.AuditLog.Record(
                currentMember.RequiredId, command.FoundingPartner ? AuditActions.MarkFoundingPartner : AuditActions.UnmarkFoundingPartner, AuditTargets.Company, company.Id, company.Name, now);
        }

        company.Verified = command.Verified;
        company.FoundingPartner = command.FoundingPartner;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
