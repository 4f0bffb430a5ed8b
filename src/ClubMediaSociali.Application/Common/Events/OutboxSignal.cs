namespace ClubMediaSociali.Application.Common.Events;

/// <summary>
/// Wakes this instance's outbox worker after a command, so that effects follow their action within
/// milliseconds; the worker also looks on its own every few seconds, for events raised on other instances
/// and for retries.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Nudge()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another command nudged it at the same moment: once is enough.
            }
        }
    }

    /// <summary>Waits for a nudge or the timeout; true when nudged.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
