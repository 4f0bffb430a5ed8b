using System.Globalization;

namespace ClubMediaSociali.Application.Common;

/// <summary>Writes something (a mail) in its reader's language, whatever the current request's is.</summary>
public static class ReaderCulture
{
    public static T Run<T>(Language language, Func<T> write)
    {
        var (previousUi, previous) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language.Code());
        try
        {
            return write();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (previousUi, previous);
        }
    }
}
