using ClubMediaSociali.Application.Features.Members;
using ClubMediaSociali.Web.Infrastructure.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ClubMediaSociali.Web.Features.Members;

/// <summary>The role taxonomy handed to the forms that pick roles (sign-up, profile, practices).</summary>
public static class RoleOptions
{
    private const string Key = "RoleGroups";

    public static async Task LoadRoleGroupsAsync(this ViewDataDictionary viewData, ISender mediator, CancellationToken cancellationToken) =>
        viewData[Key] = await mediator.Send(new GetProfessionalRoles(ClubCultures.Current), cancellationToken);

    public static IReadOnlyList<RoleGroupOption> RoleGroups(this ViewDataDictionary viewData) =>
        (IReadOnlyList<RoleGroupOption>?)viewData[Key] ?? throw new InvalidOperationException("The controller did not load the role groups.");
}
