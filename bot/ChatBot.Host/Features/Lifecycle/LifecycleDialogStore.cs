using System.Data.Common;
using ChatBot.Domain.Lifecycle;
using ChatBot.Host.Infrastructure.Changes;
using ChatBot.Host.Storage;
using Dapper;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>
/// Guided dialogs and their answers. Every change runs through <see cref="ChangeRunner"/> with this store: one
/// transaction that checks the owner and the version the card carried, applies the transition and bumps the version —
/// so a doubled or stale click, or two instances answering the same click, can never apply twice.
/// </summary>
public sealed partial class LifecycleDialogStore(IDbConnectionFactory connections, TimeProvider time)
    : IVersionedStore<DialogState, DialogTransition>
{
    private const string Columns =
        "id, owner_aad_object_id, step_id, pattern_id, sme, status, position, version, created_at, updated_at, finished_at, successor_id, learning";

    private const string SelectColumns =
        """
        id AS Id, owner_aad_object_id AS Owner, step_id AS StepId, pattern_id AS PatternId, sme AS Sme, status AS Status,
        position AS Position, version AS Version, created_at AS CreatedAt, updated_at AS UpdatedAt, finished_at AS FinishedAt,
        successor_id AS SuccessorId, learning AS Learning
        """;

    public async Task<AssessmentDialog> CreateAsync(string owner, string? stepId, bool smallBusiness, bool learning, CancellationToken ct)
    {
        var dialog = NewDialog(owner, stepId, smallBusiness, learning);
        await using var connection = await connections.OpenAsync(ct);
        await InsertAsync(connection, null, dialog, ct);
        return dialog;
    }

    public async Task<AssessmentDialog?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await GetAsync(connection, null, id, ct);
    }

    /// <summary>The owner's most recently touched unfinished dialog, if any.</summary>
    public async Task<AssessmentDialog?> FindOpenAsync(string owner, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var row = await connection.QueryFirstOrDefaultAsync<DialogRow>(new CommandDefinition(
            $"""
            SELECT {SelectColumns} FROM lifecycle_dialogs
            WHERE owner_aad_object_id = @owner AND status IN ('choosing_step', 'choosing_pattern', 'answering')
            ORDER BY updated_at DESC, id LIMIT 1
            """, new { owner }, cancellationToken: ct));
        return row?.ToDialog();
    }

    public async Task<IReadOnlyDictionary<string, RecordedAnswer>> GetAnswersAsync(string dialogId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        return await GetAnswersAsync(connection, null, dialogId, ct);
    }

    public async Task<DialogState?> LoadAsync(string id, DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        await GetAsync(connection, transaction, id, ct) is { } dialog
            ? new DialogState(dialog, await GetAnswersAsync(connection, transaction, id, ct))
            : null;

    public int VersionOf(DialogState state) => state.Dialog.Version;

    // Dialogs are not audited (nothing a transition decides carries an event); the stream is named for completeness.
    public string StreamOf(DialogState state) => "dialog:" + state.Dialog.Id;

    /// <summary>
    /// Writes the transition if the dialog is still at <paramref name="current"/>'s version, bumping it: the dialog row
    /// (with the counts when it finishes), the answers, and the dialog it created.
    /// </summary>
    public async Task<DialogState?> PersistAsync(
        DialogState current, DialogTransition transition, DateTimeOffset now, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var next = transition.Dialog with { Version = current.Dialog.Version + 1, UpdatedAt = now };
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE lifecycle_dialogs SET step_id = @StepId, pattern_id = @PatternId, sme = @SmallBusiness, status = @Status,
                position = @Position, version = @Version, updated_at = @UpdatedAt, finished_at = @FinishedAt, successor_id = @SuccessorId,
                count_done = @Done, count_partial = @Partial, count_not_done = @NotDone, count_na = @NotApplicable, count_unanswered = @Unanswered
            WHERE id = @Id AND version = @Expected
            """,
            new
            {
                next.Id, next.StepId, next.PatternId, next.SmallBusiness, Status = next.Status.Code(), next.Position, next.Version,
                UpdatedAt = DbTime.ToDb(now), FinishedAt = next.FinishedAt is { } f ? DbTime.ToDb(f) : (long?)null, next.SuccessorId,
                Done = transition.Counts?.Done ?? 0, Partial = transition.Counts?.Partial ?? 0, NotDone = transition.Counts?.NotDone ?? 0,
                NotApplicable = transition.Counts?.NotApplicable ?? 0, Unanswered = transition.Counts?.Unanswered ?? 0,
                Expected = current.Dialog.Version,
            },
            transaction, cancellationToken: ct));
        if (updated == 0) return null;

        var answers = current.Answers.ToDictionary();
        foreach (var answer in transition.Answers)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO lifecycle_answers (dialog_id, countermeasure_id, answer, note, updated_at)
                VALUES (@id, @CountermeasureId, @answer, @Note, @now)
                ON CONFLICT (dialog_id, countermeasure_id) DO UPDATE SET answer = excluded.answer, note = excluded.note, updated_at = excluded.updated_at
                """,
                new { id = next.Id, answer.CountermeasureId, answer = answer.Answer.Code(), answer.Note, now = DbTime.ToDb(now) },
                transaction, cancellationToken: ct));
            answers[answer.CountermeasureId] = answer;
        }

        if (transition.Created is { } created) await InsertAsync(connection, transaction, created, ct);
        return new DialogState(next, answers);
    }

    /// <summary>A new dialog (not stored) owned by <paramref name="owner"/>, for a transition's <see cref="DialogTransition.Created"/>.</summary>
    /// <param name="learning">The owner is not in the organization file: see <see cref="AssessmentDialog.Learning"/>.</param>
    public AssessmentDialog NewDialog(string owner, string? stepId, bool smallBusiness, bool learning)
    {
        var now = time.GetUtcNow();
        return new AssessmentDialog(Guid.NewGuid().ToString("N"), owner, stepId, null, smallBusiness,
            stepId is null ? AssessmentStatus.ChoosingStep : AssessmentStatus.ChoosingPattern, 0, 1, now, now, null, null, learning);
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction? transaction, AssessmentDialog dialog, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO lifecycle_dialogs ({Columns})
            VALUES (@Id, @OwnerAadObjectId, @StepId, @PatternId, @SmallBusiness, @Status, @Position, @Version, @CreatedAt, @UpdatedAt, NULL, NULL, @Learning)
            """,
            new
            {
                dialog.Id, dialog.OwnerAadObjectId, dialog.StepId, dialog.PatternId, dialog.SmallBusiness, Status = dialog.Status.Code(),
                dialog.Position, dialog.Version, CreatedAt = DbTime.ToDb(dialog.CreatedAt), UpdatedAt = DbTime.ToDb(dialog.UpdatedAt), dialog.Learning,
            },
            transaction, cancellationToken: ct));

    private static async Task<AssessmentDialog?> GetAsync(DbConnection connection, DbTransaction? transaction, string id, CancellationToken ct)
    {
        var row = await connection.QueryFirstOrDefaultAsync<DialogRow>(new CommandDefinition(
            $"SELECT {SelectColumns} FROM lifecycle_dialogs WHERE id = @id", new { id }, transaction, cancellationToken: ct));
        return row?.ToDialog();
    }

    private static async Task<IReadOnlyDictionary<string, RecordedAnswer>> GetAnswersAsync(
        DbConnection connection, DbTransaction? transaction, string dialogId, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<(string CountermeasureId, string Answer, string? Note)>(new CommandDefinition(
            "SELECT countermeasure_id, answer, note FROM lifecycle_answers WHERE dialog_id = @dialogId",
            new { dialogId }, transaction, cancellationToken: ct));
        return rows.ToDictionary(r => r.CountermeasureId,
            r => new RecordedAnswer(r.CountermeasureId, AssessmentAnswers.Parse(r.Answer) ?? AssessmentAnswer.Unanswered, r.Note));
    }
}
