using ClubMediaSociali.Application.Common.Links;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>
/// A notification as mail shows it: its sentence is written from the kind, subject and state; its link from the target;
/// beside it the face of the member it tells of (<see cref="ActorPhoto"/>, a source hash), when they have one.
/// </summary>
public sealed record DigestNotification(string Kind, string Subject, int? State, Target Target, string? ActorPhoto = null);
