using System.Reflection;
using System.Text.RegularExpressions;
using ClubMediaSociali.Application.Common.Behaviors;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Tests.Infrastructure;

namespace ClubMediaSociali.Tests.Architecture;

/// <summary>
/// Keeps the shape of the code the one the README describes: one request per file, named for the request,
/// in the folder of its area; an area's other types in its subfolders; the same area names in Application,
/// Web and tests; no ASP.NET Core and no address of the site in the Application project.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly Assembly ApplicationAssembly = typeof(ClubDbContext).Assembly;

    private static readonly string FeaturesFolder = RepositoryFiles.PathOf("src", "ClubMediaSociali.Application", "Features");

    /// <summary>Web areas with no use cases of their own, each reviewed.</summary>
    private static readonly HashSet<string> WebOnlyAreas =
    [
        "Culture", // the language switcher: a cookie
        "DevMailbox", // Development's mailbox page reads the pickup folder
        "Errors", // the error pages
        "Governance", // the Club's rules, a page of text
        "Legal", // privacy and terms, pages of text
        "Shared", // the layout and shared partials
        "Sharing", // share pictures, drawn from the other areas' own queries
        "TwoFactor", // Identity's own authenticator API, no use case in between
    ];

    /// <summary>Assemblies named Microsoft.AspNetCore that hold storage or cryptography, not HTTP: the Application may use them.</summary>
    private static readonly HashSet<string> StorageAssemblies =
    [
        "Microsoft.AspNetCore.Identity.EntityFrameworkCore", // the members' tables
        "Microsoft.AspNetCore.DataProtection.EntityFrameworkCore", // the key ring's table
        "Microsoft.AspNetCore.DataProtection.Abstractions", // signing the tokens of email links
    ];

    private static IEnumerable<Type> Requests() => ApplicationAssembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Mediator.IMessage).IsAssignableFrom(t));

    private static IEnumerable<string> FeatureFiles() => Directory.EnumerateFiles(FeaturesFolder, "*.cs", SearchOption.AllDirectories);

    [Fact]
    public void Every_request_lives_alone_in_a_file_named_for_it_in_its_areas_folder()
    {
        var declarations = FeatureFiles()
            .SelectMany(file => Declaration().Matches(File.ReadAllText(file)).Select(m => (Name: m.Groups["name"].Value, File: file)))
            .ToLookup(d => d.Name, d => d.File);
        var wrong = new List<string>();
        foreach (var request in Requests())
        {
            var area = request.Namespace!.Split('.').Last();
            var expected = Path.Combine(FeaturesFolder, area, request.Name + ".cs");
            var found = declarations[request.Name].ToList();
            if (found.Count != 1 || found[0] != expected)
            {
                wrong.Add($"{request.FullName}: in {string.Join(", ", found.Select(Relative))}, expected {Relative(expected)}");
            }
        }

        Assert.Empty(wrong);
        Assert.True(Requests().Count() > 100, "the reflection found the requests");
    }

    [Fact]
    public void Files_in_an_areas_folder_hold_a_request_and_everything_else_lives_in_a_subfolder()
    {
        var requestNames = Requests().Select(r => r.Name).ToHashSet();
        var wrong = new List<string>();
        foreach (var file in FeatureFiles())
        {
            var depth = Path.GetRelativePath(FeaturesFolder, file).Split(Path.DirectorySeparatorChar).Length;
            var declared = Declaration().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).Where(requestNames.Contains).ToList();
            var ok = depth == 2 ? declared.SequenceEqual([Path.GetFileNameWithoutExtension(file)]) : declared.Count == 0;
            if (!ok)
            {
                wrong.Add($"{Relative(file)} declares [{string.Join(", ", declared)}]");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Areas_have_one_name_in_the_application_the_web_app_and_the_tests()
    {
        static HashSet<string> Areas(params string[] path) =>
            [.. Directory.EnumerateDirectories(RepositoryFiles.PathOf(path)).Select(Path.GetFileName).OfType<string>()];
        var application = Areas("src", "ClubMediaSociali.Application", "Features");
        var web = Areas("src", "ClubMediaSociali.Web", "Features");
        var tests = Areas("tests", "ClubMediaSociali.Tests", "Features");

        Assert.Empty(application.Except(web));
        Assert.Empty(web.Except(application).Except(WebOnlyAreas));
        Assert.DoesNotContain(tests, a => web.Contains(a) != application.Contains(a) && !WebOnlyAreas.Contains(a));
        Assert.Empty(ApplicationAssembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("ClubMediaSociali.Application.Features.", StringComparison.Ordinal) == true)
            .Select(t => t.Namespace!.Split('.')[3])
            .Distinct()
            .Except(application));
    }

    [Fact]
    public void The_application_project_uses_no_part_of_ASP_NET_Core_but_storage_and_cryptography()
    {
        var web = ApplicationAssembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && !StorageAssemblies.Contains(n));

        Assert.Empty(web);
        Assert.Contains(ApplicationAssembly.GetReferencedAssemblies(), a => a.Name == "Microsoft.EntityFrameworkCore");
    }

    [Fact]
    public void Who_may_do_what_is_read_from_the_permissions_never_worked_out_in_the_web_features()
    {
        var web = RepositoryFiles.PathOf("src", "ClubMediaSociali.Web", "Features");
        var deciding = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("AuthorizeAsync(", StringComparison.Ordinal))
            .Select(Relative);

        Assert.Empty(deciding);
        Assert.True(Directory.EnumerateDirectories(FeaturesFolder, "Permissions", SearchOption.AllDirectories).Count() >= 6, "the rule objects live in Permissions folders");
    }

    [Fact]
    public void The_application_project_names_pages_by_target_and_holds_no_address_of_the_Club()
    {
        var application = RepositoryFiles.PathOf("src", "ClubMediaSociali.Application");
        var migrations = Path.Combine(application, "Data", "Migrations");
        var addresses = Directory.EnumerateFiles(application, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(migrations, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => ClubPath().Matches(File.ReadAllText(f)).Select(m => $"{Relative(f)}: {m.Value}"))
            .ToList();

        Assert.Empty(addresses);
        Assert.Matches(ClubPath(), "Link = $\"/aziende/{slug}\""); // the check sees what it looks for
    }

    [Fact]
    public void Every_command_declares_the_public_pages_it_changes_or_why_it_changes_none()
    {
        var commands = Requests().Where(r => typeof(Mediator.IBaseCommand).IsAssignableFrom(r)).ToList();
        var undeclared = commands
            .Where(c => (c.GetCustomAttribute<ChangesPagesAttribute>() is { Pages: not PublicPages.None }) == (c.GetCustomAttribute<ChangesNoPublicPageAttribute>() is not null))
            .Select(c => c.Name);
        var unexplained = commands
            .Where(c => c.GetCustomAttribute<ChangesNoPublicPageAttribute>() is { } none && string.IsNullOrWhiteSpace(none.Reason))
            .Select(c => c.Name);

        Assert.Empty(undeclared);
        Assert.Empty(unexplained);
        Assert.True(commands.Count > 50, "the reflection found the commands");
    }

    /// <summary>Code that still opens its own transaction, each reviewed.</summary>
    private static readonly HashSet<string> OwnTransactions =
    [
        "Reputation/Shared/ReputationRebuild.cs", // a maintenance run that drops and rebuilds an index with the ledger
        "Editions/Shared/EditionDelivery.cs", // a job, not a command: starting an edition numbers it and writes its copies together
        "Media/Shared/MediaStore.cs", // uploads are processed before their transaction opens, so none waits on a picture being resized
    ];

    [Fact]
    public void Transactions_are_opened_by_the_transaction_behaviour_not_by_handlers()
    {
        var opening = FeatureFiles()
            .Where(f => File.ReadAllText(f).Contains("BeginTransaction", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(FeaturesFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet();

        Assert.Empty(opening.Except(OwnTransactions));
        Assert.Empty(OwnTransactions.Except(opening)); // a file that stopped needs taking off the list
    }

    private static string Relative(string file) => Path.GetRelativePath(RepositoryFiles.Root, file);

    /// <summary>A string literal, plain or interpolated, that starts with a path of the site ("/idee", $"/aziende/…").</summary>
    [GeneratedRegex(@"\$?@?""/[a-z]")]
    private static partial Regex ClubPath();

    [GeneratedRegex(@"^(?:public|internal) (?:sealed |static |abstract |partial )*(?:record|class|struct|interface|enum) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Declaration();
}
