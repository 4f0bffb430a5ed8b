using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Web.Infrastructure.Database;

namespace ClubMediaSociali.Web.Infrastructure.Email;

internal static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// SMTP when Smtp:Host is set, with a queue for mail the server does not take at once. Without it, Development and tests write mail to a pickup folder;
    /// any other environment refuses to start, because a Club that cannot send confirmations cannot take members.
    /// </summary>
    public static IServiceCollection AddClubEmail(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var section = configuration.GetSection(EmailOptions.Section);
        services.Configure<EmailOptions>(section);
        var options = section.Get<EmailOptions>() ?? new EmailOptions();
        if (!string.IsNullOrWhiteSpace(options.Host))
        {
            services.AddSingleton<SmtpEmailSender>();
            services.AddSingleton<IClubEmailSender, DeferringEmailSender>();
            services.AddScoped<DeferredMail>();
            return services;
        }

        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new StartupException(
                "No mail server is configured. Set Smtp__Host (and Smtp__Port, Smtp__UserName, Smtp__Password, Smtp__FromAddress).");
        }

        services.AddSingleton(new PickupFolder(ClubPaths.LocalData(environment.ContentRootPath, options.PickupFolder), options));
        services.AddSingleton<IClubEmailSender, PickupFolderEmailSender>();
        return services;
    }
}
