using System.Threading.Channels;
using ChatBot.Host.Storage;

namespace ChatBot.Host.Features.Knowledge;

/// <summary>
/// Writes the question log behind the turns: an answer is queued as it is sent, and one writer inserts whatever has
/// queued in one transaction. Under load each turn's own insert (a write lock on SQLite, a commit) was the slowest part
/// of a knowledge turn; batched, fifty concurrent answers cost one commit. Nothing is dropped: a full queue makes the
/// turn wait; whatever reads the log flushes the queue first (feedback on an answer a moment old finds it); stopping
/// writes what is left, and an answer queued after that is written directly.
/// </summary>
public sealed class KnowledgeAnswerLog(IDbConnectionFactory connections, TimeProvider time, ILogger<KnowledgeAnswerLog> logger)
    : BackgroundService
{
    private const int Capacity = 10_000;
    private const int MaxBatch = 500;
    private const int MaxAttempts = 3;

    private readonly Channel<Entry> _queue = Channel.CreateBounded<Entry>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private volatile bool _running;

    /// <summary>Queues the answer for the log, stamped now; written directly when the writer is not running.</summary>
    public async ValueTask RecordAsync(AnsweredQuestion answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var entry = new Entry(answer, time.GetUtcNow(), null);
        if (_running && (_queue.Writer.TryWrite(entry) || await TryWriteAsync(entry, ct)))
        {
            return;
        }

        await InsertAsync([entry], ct);
    }

    /// <summary>Returns once every answer queued before the call is in the database.</summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_running && await TryWriteAsync(new Entry(null, default, written), ct))
        {
            await written.Task.WaitAsync(ct);
        }
        else if (ExecuteTask is { } draining)
        {
            await draining.WaitAsync(ct); // stopping: the writer is writing what is left
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _running = true;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _running = false;
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Entry>(MaxBatch);
        var flushes = new List<TaskCompletionSource>();
        // Not stoppingToken: the loop ends when the queue is completed (on stop) and empty, so nothing queued is lost.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var entry))
            {
                if (entry.Written is { } written) flushes.Add(written);
                else batch.Add(entry);
            }

            if (batch.Count > 0) await WriteAsync(batch);
            foreach (var written in flushes) written.TrySetResult();
            batch.Clear();
            flushes.Clear();
        }
    }

    private async ValueTask<bool> TryWriteAsync(Entry entry, CancellationToken ct)
    {
        try
        {
            await _queue.Writer.WriteAsync(entry, ct);
            return true;
        }
        catch (ChannelClosedException)
        {
            return false;
        }
    }

    private async Task WriteAsync(List<Entry> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await InsertAsync(batch, CancellationToken.None);
                return;
            }
            catch (Exception e) when (attempt < MaxAttempts)
            {
                Log.AnswerLogWriteRetried(logger, batch.Count, attempt, e);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt)); // real time: a fake clock in tests would stall the log
            }
            catch (Exception e)
            {
                Log.AnswerLogWriteFailed(logger, batch.Count, e);
                return;
            }
        }
    }

    private async Task InsertAsync(IReadOnlyCollection<Entry> entries, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await KnowledgeAnswerStore.InsertAsync(entries.Select(e => (e.Answer!, e.AskedAt)), connection, transaction, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>An answer to write, or (<see cref="Written"/>) a flush to complete once everything before it is written.</summary>
    private sealed record Entry(AnsweredQuestion? Answer, DateTimeOffset AskedAt, TaskCompletionSource? Written);
}
