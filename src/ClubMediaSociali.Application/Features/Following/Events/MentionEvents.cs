using ClubMediaSociali.Application.Common.Events;
using ClubMediaSociali.Application.Domain.Network;

namespace ClubMediaSociali.Application.Features.Following;

/// <summary>
/// A text that may mention members was written, edited or became readable (approved, published). Its effect tells the
/// members it mentions who have not been told yet, once the text can be read.
/// </summary>
public sealed record TextWritten(MentionPlace Place, Guid Id, DateTimeOffset At) : IDomainEvent;
