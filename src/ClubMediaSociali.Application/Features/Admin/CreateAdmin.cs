using System.Security.Cryptography;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Moderation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace ClubMediaSociali.Application.Features.Admin;

/// <summary>
/// The first admin of a fresh installation, from the server's command line. An existing account is
/// promoted; otherwise an account is created with a one-time password to change at first sign-in.
/// </summary>
[ChangesPages(PublicPages.Home | PublicPages.Members)]
public sealed record CreateAdmin(string Email) : ICommand<CreatedAdmin>;

/// <param name="Password">The generated password when the account was created; null when an existing account was promoted.</param>
public sealed record CreatedAdmin(Guid MemberId, bool Created, string? Password);

public sealed class CreateAdminHandler(
    ClubDbContext db, UserManager<Member> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock)
    : ICommandHandler<CreateAdmin, CreatedAdmin>
{
    private const int ConsultantRoleId = 13;

    public async ValueTask<CreatedAdmin> Handle(CreateAdmin command, CancellationToken cancellationToken)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole<Guid>(role)));
            }
        }

        var email = command.Email.Trim();
        var member = await users.FindByEmailAsync(email);
        string? password = null;
        if (member is null)
        {
            // 144 random bits, URL-safe: typed once, then changed by the admin.
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
            member = new Member
            {
                Email = email,
                UserName = email,
                EmailConfirmed = true,
                DisplayName = "Amministrazione del Club",
                Handle = $"amministrazione-{Guid.NewGuid().ToString("N")[..6]}",
                PrimaryRoleId = ConsultantRoleId,
                JoinedAt = clock.GetUtcNow(),
            };
            Ensure(await users.CreateAsync(member, password));
        }

        if (!await users.IsInRoleAsync(member, StaffRoles.Admin))
        {
            Ensure(await users.AddToRoleAsync(member, StaffRoles.Admin));
        }

        db.AuditLog.Add(new AuditEntry
        {
            Action = AuditActions.GrantStaffRole,
            TargetType = AuditTargets.Member,
            TargetId = member.Id.ToString(),
            Details = StaffRoles.Admin,
            Reason = "create-admin",
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedAdmin(member.Id, password is not null, password);
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
