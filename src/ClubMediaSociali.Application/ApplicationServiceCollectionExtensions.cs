using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClubMediaSociali.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the use cases need besides the mediator itself, which the host registers
    /// because the mediator's source generator runs in the outermost project.
    /// </summary>
    public static IServiceCollection AddClubApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<Data.ClubDbContext>(ServiceLifetime.Scoped, includeInternalTypes: true);
        Common.FieldRules.Register(services, typeof(Data.ClubDbContext).Assembly);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Common.Members.CurrentMember>();
        services.AddScoped<Common.Members.ICurrentMember>(s => s.GetRequiredService<Common.Members.CurrentMember>());
        services.AddSingleton<Common.Content.MarkdownRenderer>();
        services.AddScoped<Features.Comments.CommentThreads>();
        services.AddScoped<Features.Reputation.ReputationLedger>();
        services.AddScoped<Features.Reputation.NewcomerLinks>();
        services.AddScoped<Features.Moderation.ContentScreening>();
        services.AddScoped<Features.Moderation.SpamMarking>();
        services.AddSingleton<Common.Email.EmailTokens>();
        services.AddScoped<Features.Newsletter.NewsletterEmails>();
        services.AddScoped<Features.Editions.EditionMail>();
        services.AddScoped<Features.Editions.EditionDelivery>();
        services.AddMemoryCache();
        services.AddSingleton<Features.Notifications.UnreadCounts>();
        services.AddSingleton<Features.Notifications.UnreadCountsInterceptor>();
        Common.Events.Effects.Of(typeof(Data.ClubDbContext).Assembly).Register(services);
        services.AddSingleton<Common.Events.OutboxDispatcher>();
        services.AddScoped<Common.Limits.Allowances>();
        services.AddScoped<Common.Limits.MailLimits>();
        services.AddScoped<Common.Accounts.SignInAttempts>();
        services.AddScoped<Common.Accounts.MemberSessions>();
        services.TryAddSingleton<Common.Limits.IRequestOrigin, Common.Limits.NoRequestOrigin>();
        services.AddSingleton<Common.Events.OutboxSignal>();
        services.AddScoped<Common.Events.AfterCommit>();
        services.TryAddSingleton<Common.Events.IOpenPages, Common.Events.NoOpenPages>();
        services.AddScoped<Features.Conversations.ConversationSignals>();
        services.AddOptions<Features.Media.MediaOptions>();
        services.AddSingleton<Features.Media.Pictures>();
        services.AddScoped<Features.Media.MediaStore>();
        services.AddScoped<Features.Media.UploadQuota>();
        services.AddScoped<Features.Media.PictureSlots>();
        services.AddScoped<Features.Media.Attachments>();
        services.AddScoped<Features.Conversations.MessageFiles>();
        services.AddScoped<Features.Events.EventSeats>();
        services.AddScoped<Features.Media.ContentImageUses>();
        services.AddScoped<Features.Following.MentionedMembers>();
        return services;
    }
}
