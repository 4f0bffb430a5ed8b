using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core sends while serving each request that carries the
/// <see cref="Header"/> header, keyed by the header's value: the page-level guard against N+1 queries.
/// </summary>
public sealed class SqlCommandCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Count-Sql";

    private readonly ConcurrentDictionary<string, int> _counts = new();

    public int For(string key) => _counts.GetValueOrDefault(key);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key)
        {
            _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        }
    }
}

public static class SqlCountingRequests
{
    /// <summary>GETs <paramref name="url"/> (expecting 200) and returns the page with the SQL commands serving it took.</summary>
    public static async Task<(string Html, int Sql)> GetCountingSqlAsync(this ClubFixture fixture, BrowserLikeClient client, string url)
    {
        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(SqlCommandCounter.Header, key);
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return (html, fixture.Factory.Services.GetRequiredService<SqlCommandCounter>().For(key));
    }
}
