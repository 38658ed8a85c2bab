using ChatBot.Domain.Lifecycle;
using ChatBot.Host.Storage;

namespace ChatBot.Host.Features.Lifecycle;

public sealed partial class LifecycleDialogStore
{
    // Integer columns come back as Int64 from SQLite and Int32 from PostgreSQL; long and bool read both.
    private sealed class DialogRow
    {
        public string Id { get; set; } = "";
        public string Owner { get; set; } = "";
        public string? StepId { get; set; }
        public string? PatternId { get; set; }
        public bool Sme { get; set; }
        public string Status { get; set; } = "";
        public long Position { get; set; }
        public long Version { get; set; }
        public long CreatedAt { get; set; }
        public long UpdatedAt { get; set; }
        public long? FinishedAt { get; set; }
        public string? SuccessorId { get; set; }
        public bool Learning { get; set; }
        public long Done { get; set; }
        public long Partial { get; set; }
        public long NotDone { get; set; }
        public long NotApplicable { get; set; }
        public long Unanswered { get; set; }

        public AssessmentDialog ToDialog() => StoredRow.Read("lifecycle_dialogs", Id, () => new AssessmentDialog(Id, Owner, StepId, PatternId, Sme,
            AssessmentStatuses.Parse(Status), (int)Position, (int)Version, DbTime.FromDb(CreatedAt), DbTime.FromDb(UpdatedAt),
            DbTime.FromDb(FinishedAt), SuccessorId, Learning));
    }
}
