using Microsoft.Extensions.Logging;

namespace ClubMediaSociali.Application.Common.Events;

/// <summary>
/// Work a command leaves for after its changes are committed, and that nothing depends on: telling open pages
/// that something changed, forgetting a kept count. Unlike an <see cref="IEffect{TEvent}"/> it is not recorded
/// and not retried: when it fails, pages learn of the change at their next look. <c>TransactionBehavior</c> runs it
/// once the command has committed (or returned, for a command without a transaction) and drops it when the command
/// fails or its transaction is tried again.
/// </summary>
public sealed partial class AfterCommit(ILogger<AfterCommit> logger)
{
    private List<Func<CancellationToken, Task>>? _pending;

    public void Add(Func<CancellationToken, Task> work) => (_pending ??= []).Add(work);

    public void Add(Action work) => Add(_ =>
    {
        work();
        return Task.CompletedTask;
    });

    public void Discard() => _pending = null;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var pending = _pending;
        _pending = null;
        foreach (var work in pending ?? [])
        {
            try
            {
                await work(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work after a commit failed; open pages will see the change at their next look")]
    private partial void LogFailed(Exception exception);
}
