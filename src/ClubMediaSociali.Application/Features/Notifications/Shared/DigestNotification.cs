namespace ClubMediaSociali.Application.Features.Notifications;

public sealed record DigestNotification(string Kind, string Subject, string Link);
