using ClubMediaSociali.Application.Common;
using ClubMediaSociali.Application.Common.Email;
using ClubMediaSociali.Application.Data;
using ClubMediaSociali.Application.Domain.Newsletter;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Application.Features.Editions;

/// <summary>
/// Sends the editions, once to each confirmed subscriber, whatever the number of instances and restarts.
/// Starting an edition is one statement: it takes the edition (skipping one another instance holds), gives it
/// its number and writes a copy for every confirmed subscriber. Copies are then claimed a few at a time with
/// <c>FOR UPDATE SKIP LOCKED</c>, so two senders never take the same one; each is marked sent as soon as the
/// mail server took it. A claim left by a stopped instance is taken up again after
/// <see cref="NewsletterDelivery.ClaimLifetime"/>: only a crash between the server's answer and the mark can
/// send one copy twice. Each run sends at most the given number, which is the throttle.
/// </summary>
public sealed class EditionDelivery(ClubDbContext db, EditionMail mail, IClubEmailSender sender, TimeProvider clock)
{
    private const int Batch = 20;

    /// <summary>Starts the editions whose time has come, sends up to <paramref name="limit"/> copies, and closes the finished editions.</summary>
    public async Task<int> RunAsync(int limit, CancellationToken cancellationToken)
    {
        while (await StartNextAsync(cancellationToken))
        {
        }

        var editions = new Dictionary<Guid, NewsletterEdition>();
        var sent = 0;
        while (sent < limit)
        {
            var copies = await ClaimAsync(Math.Min(Batch, limit - sent), cancellationToken);
            if (copies.Count == 0)
            {
                break;
            }

            foreach (var copy in copies)
            {
                if (!editions.TryGetValue(copy.EditionId, out var edition))
                {
                    edition = await db.NewsletterEditions.AsNoTracking().SingleAsync(e => e.Id == copy.EditionId, cancellationToken);
                    editions[copy.EditionId] = edition;
                }

                await sender.SendAsync(mail.Compose(edition, Languages.FromCode(copy.Culture), copy.Email, copy.SubscriberId), cancellationToken);
                var now = clock.GetUtcNow();
                await db.Database.ExecuteSqlAsync(
                    $"UPDATE newsletter_deliveries SET sent_at = {now} WHERE edition_id = {copy.EditionId} AND subscriber_id = {copy.SubscriberId}",
                    cancellationToken);
                sent++;
            }
        }

        var finished = clock.GetUtcNow();
        var (sending, done) = ((int)EditionStatus.Sending, (int)EditionStatus.Sent);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE newsletter_editions e SET status = {done}, sent_at = {finished}, updated_at = {finished}
            WHERE e.status = {sending} AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries d WHERE d.edition_id = e.id AND d.sent_at IS NULL)
            """, cancellationToken);
        return sent;
    }

    /// <summary>Takes one due edition (skipping one another instance holds), numbers it and writes its copies, in one transaction.</summary>
    private async Task<bool> StartNextAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (scheduled, sending) = ((int)EditionStatus.Scheduled, (int)EditionStatus.Sending);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var due = await db.Database.SqlQuery<Guid>($"""
                SELECT id AS "Value" FROM newsletter_editions WHERE status = {scheduled} AND scheduled_for <= {now}
                ORDER BY scheduled_for LIMIT 1 FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            if (due is not [var id])
            {
                return false;
            }

            var copies = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO newsletter_deliveries (edition_id, subscriber_id)
                SELECT {id}, s.id FROM newsletter_subscribers s WHERE s.confirmed_at IS NOT NULL
                """, cancellationToken);
            await db.Database.ExecuteSqlAsync($"""
                UPDATE newsletter_editions SET status = {sending}, sending_started_at = {now}, updated_at = {now}, recipients = {copies},
                    number = (SELECT coalesce(max(number), 0) + 1 FROM newsletter_editions)
                WHERE id = {id}
                """, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    private async Task<List<Copy>> ClaimAsync(int count, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = now - NewsletterDelivery.ClaimLifetime;
        return await db.Database.SqlQuery<Copy>($"""
            WITH claimed AS (
                UPDATE newsletter_deliveries d SET claimed_at = {now}
                FROM (SELECT edition_id, subscriber_id FROM newsletter_deliveries
                      WHERE sent_at IS NULL AND (claimed_at IS NULL OR claimed_at < {expired})
                      ORDER BY edition_id, subscriber_id LIMIT {count} FOR UPDATE SKIP LOCKED) c
                WHERE d.edition_id = c.edition_id AND d.subscriber_id = c.subscriber_id
                RETURNING d.edition_id, d.subscriber_id)
            SELECT c.edition_id, c.subscriber_id, s.email, s.culture
            FROM claimed c JOIN newsletter_subscribers s ON s.id = c.subscriber_id
            """).ToListAsync(cancellationToken);
    }

    private sealed record Copy(Guid EditionId, Guid SubscriberId, string Email, string Culture);
}
