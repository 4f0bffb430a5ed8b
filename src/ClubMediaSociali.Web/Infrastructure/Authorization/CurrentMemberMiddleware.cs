using ClubMediaSociali.Application.Common.Members;

namespace ClubMediaSociali.Web.Infrastructure.Authorization;

/// <summary>Tells the use cases of each request who acts: the signed-in member, with the powers the policies grant.</summary>
internal static class CurrentMemberMiddleware
{
    public static IApplicationBuilder UseCurrentMember(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && user.MemberIdOrNull() is { } id)
        {
            context.RequestServices.GetRequiredService<CurrentMember>()
                .Become(id, Policies.IsConfirmed(user), Policies.HasModeratorPowers(user), Policies.HasAdminPowers(user));
        }

        return next(context);
    });
}
