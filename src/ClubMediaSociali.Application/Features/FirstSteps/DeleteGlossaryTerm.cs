using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.FirstSteps;

[ChangesPages(PublicPages.Everything)]
public sealed record DeleteGlossaryTerm(Guid TermId) : ICommand<Result<Guid>>;

public sealed class DeleteGlossaryTermHandler(ICurrentMember currentMember, ClubDbContext db, TimeProvider clock) : ICommandHandler<DeleteGlossaryTerm, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(DeleteGlossaryTerm command, CancellationToken cancellationToken)
    {
        var term = await db.GlossaryTerms.SingleOrDefaultAsync(t => t.Id == command.TermId, cancellationToken);
        if (term is null)
        {
            return GlossaryErrors.NotFound;
        }

        db.GlossaryTerms.Remove(term);
        db.AuditLog.Record(currentMember.RequiredId, AuditActions.DeleteGlossaryTerm, AuditTargets.GlossaryTerm, term.Id, term.Term, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return term.Id;
    }
}
