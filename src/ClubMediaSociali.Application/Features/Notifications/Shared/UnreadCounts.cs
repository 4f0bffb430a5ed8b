using ClubMediaSociali.Application.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;

namespace ClubMediaSociali.Application.Features.Notifications;

/// <summary>
/// The unread count of the navigation badge, kept in this instance's memory for a few seconds: every
/// page a member opens shows the badge, and asking PostgreSQL each time cost about a third of a signed-in
/// page. A count is forgotten as soon as this instance writes one of the member's notifications or
/// settings (<see cref="UnreadCountsInterceptor"/>, <see cref="MarkAllNotificationsReadHandler"/>), so the
/// member's own actions show at once; a change made through another instance shows within
/// <see cref="Lifetime"/>, well inside the minute after which the badge refreshes itself anyway.
/// The badge of unread conversations is kept the same way, and forgotten by every message and read.
/// </summary>
public sealed class UnreadCounts(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(20);

    public async ValueTask<int> GetAsync(Guid memberId, Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken, UnreadKind kind = UnreadKind.Notifications)
    {
        var key = Key(memberId, kind);
        if (cache.TryGetValue(key, out int known))
        {
            return known;
        }

        var counted = await count(cancellationToken);
        cache.Set(key, counted, Lifetime);
        return counted;
    }

    public void Forget(Guid memberId, UnreadKind kind = UnreadKind.Notifications) => cache.Remove(Key(memberId, kind));

    private static (string, UnreadKind, Guid) Key(Guid memberId, UnreadKind kind) => ("unread", kind, memberId);
}

/// <summary>The badges of the header: notifications, and conversations with unread messages.</summary>
public enum UnreadKind
{
    Notifications,
    Conversations,
}

/// <summary>Forgets the unread counts of the members whose notifications or settings a save touches.</summary>
public sealed class UnreadCountsInterceptor(UnreadCounts counts) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Forget(eventData.Context);
        return result;
    }

    // Again once saved: a page counting between the two would otherwise keep the old count.
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Forget(eventData.Context);
        return result;
    }

    private void Forget(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var id in MembersTouched(context))
        {
            counts.Forget(id);
        }
    }

    /// <summary>
    /// The members whose notifications or notification settings the context tracks: once saved, added and changed
    /// entries read as unchanged, so every tracked one counts (forgetting a little more is harmless).
    /// </summary>
    public static IEnumerable<Guid> MembersTouched(DbContext context) => context.ChangeTracker.Entries()
        .Select(entry => entry.Entity switch
        {
            Notification n => n.MemberId,
            NotificationSetting s => s.MemberId,
            _ => (Guid?)null,
        })
        .OfType<Guid>()
        .Distinct();
}
