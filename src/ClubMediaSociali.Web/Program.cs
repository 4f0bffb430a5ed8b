using ClubMediaSociali.Web;
using ClubMediaSociali.Web.Infrastructure;
using ClubMediaSociali.Web.Infrastructure.Database;

var builder = WebApplication.CreateBuilder(args);
builder.UseClubLogging();

ClubDatabaseTarget database;
try
{
    database = await DatabaseStartup.ResolveAsync(builder);
    builder.Services.AddClubWeb(builder.Configuration, builder.Environment, database.ConnectionString);
}
catch (StartupException ex)
{
    Console.Error.WriteLine($"Il Club non può partire / The Club cannot start: {ex.Message}");
    return 1;
}

var app = builder.Build();
app.UseClubPipeline();

try
{
    await DatabaseStartup.PrepareAsync(app, database);
}
catch (StartupException ex)
{
    Console.Error.WriteLine($"Il Club non può partire / The Club cannot start: {ex.Message}");
    await app.DisposeAsync();
    if (database.LocalCluster is { } cluster)
    {
        await cluster.StopAsync();
    }

    return 1;
}

if (args is ["create-admin", var adminEmail, ..])
{
    return await CommandLine.CreateAdminAsync(app, adminEmail, database);
}

await app.RunAsync();
return 0;

// Lets the test projects start the real host with WebApplicationFactory<Program>.
public partial class Program;
