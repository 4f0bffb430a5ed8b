namespace ClubMediaSociali.Application.Common.Accounts;

/// <summary>Absolute links that account emails point to; the web layer knows the routes and the site's address.</summary>
public interface IAccountLinks
{
    string ConfirmEmail(Guid memberId, string token);

    string ResetPassword(Guid memberId, string token);

    string ConfirmEmailChange(Guid memberId, string newEmail, string token);

    /// <summary>The page that signs a member in with a link's token (<see cref="SignInLinks"/>).</summary>
    string SignIn(Guid memberId, string token);

    /// <summary>The "forgot password" page, where a member asks for a reset link.</summary>
    string ForgotPassword();
}
