using System.Reflection;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace ClubMediaSociali.Web.Features.Bench;

/// <summary>The benchmarks' baseline page, through the same middleware and Razor as every page. Absent unless Bench:Enabled.</summary>
[AllowAnonymous]
public sealed class BenchController(ClubDbContext db) : ClubController
{
    [HttpGet("/bench/fortunes")]
    public async Task<IActionResult> Fortunes(CancellationToken cancellationToken) =>
        View(await Application.Features.Bench.Fortunes.ReadAsync(db, cancellationToken));
}

/// <summary>Takes the baseline controller out of the application when benchmarks are off, so its route does not exist.</summary>
internal sealed class WithoutBenchController : IApplicationFeatureProvider<ControllerFeature>
{
    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ControllerFeature feature) =>
        feature.Controllers.Remove(typeof(BenchController).GetTypeInfo());
}
