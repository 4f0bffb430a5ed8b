namespace ClubMediaSociali.Web.Infrastructure;

/// <summary>Where local-only files (the development database, the development mailbox) live.</summary>
internal static class ClubPaths
{
    /// <summary>The folder holding the solution file, so .data/ sits at the repository root; else the content root.</summary>
    public static string RepositoryRoot(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClubMediaSociali.sln")))
            {
                return dir.FullName;
            }
        }

        return contentRoot;
    }

    public static string LocalData(string contentRoot, string relative) =>
        Path.IsPathRooted(relative) ? relative : Path.Combine(RepositoryRoot(contentRoot), ".data", relative);
}
