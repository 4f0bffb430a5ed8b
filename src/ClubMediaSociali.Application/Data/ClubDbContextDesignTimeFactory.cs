using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClubMediaSociali.Application.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web app or a database.</summary>
internal sealed class ClubDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ClubDbContext>
{
    public ClubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ClubDbContext>()
            .UseClubPostgres("Host=127.0.0.1;Database=club_design_time")
            .Options;
        return new ClubDbContext(options);
    }
}
