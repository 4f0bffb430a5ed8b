using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Common.Members;
using ClubMediaSociali.Application.Common.Results;
using ClubMediaSociali.Application.Domain.Events;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Application.Features.Events;

/// <summary>
/// A member registers for an event while registrations are open: a seat if one is left, otherwise a place in the
/// waiting list. <see cref="Answer"/> answers the organisers' question; <see cref="ShowMe"/> lets the other
/// registrants see them among those going.
/// </summary>
[ChangesPages(PublicPages.Events)]
public sealed record RegisterForEvent(Guid EventId) : ICommand<Result<RegistrationStatus>>, ITransactional
{
    [SingleLine]
    public string? Answer { get; init; }

    public bool ShowMe { get; init; }
}

public sealed class RegisterForEventValidator : AbstractValidator<RegisterForEvent>
{
    public RegisterForEventValidator(IStringLocalizer<ValidationMessages> text) =>
        RuleFor(c => c.Answer).ClubMaxLength(text, EventRegistration.AnswerMaxLength);
}

public sealed class RegisterForEventHandler(ICurrentMember currentMember, EventSeats seats, TimeProvider clock)
    : ICommandHandler<RegisterForEvent, Result<RegistrationStatus>>
{
    public async ValueTask<Result<RegistrationStatus>> Handle(RegisterForEvent command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var e = await seats.LockAsync(command.EventId, cancellationToken);
        if (e is null)
        {
            return EventErrors.NotFound;
        }

        if (e.Status == EventStatus.Cancelled)
        {
            return EventErrors.Cancelled;
        }

        if (!e.RegistrationOpen(now))
        {
            return EventErrors.RegistrationClosed;
        }

        var answer = string.IsNullOrWhiteSpace(command.Answer) || e.Question is null ? null : command.Answer.Trim();
        return (await seats.RegisterAsync(e, currentMember.RequiredId, answer, command.ShowMe, now, cancellationToken)).Status;
    }
}
