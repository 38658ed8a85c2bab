using ChatBot.Domain.Changes;
using ChatBot.Domain.Privacy;

namespace ChatBot.Domain.Inspections;

/// <summary>The handler saves the answers typed on the card over the stored ones, or submits them.</summary>
public sealed record SaveInspectionSheet(IReadOnlyDictionary<string, InspectionItemAnswer> Typed, bool Submit);

/// <summary>A manager approves, or returns with a comment (already cleaned by <see cref="InspectionTransitions.CleanComment"/>).</summary>
public sealed record DecideInspectionSheet(bool Approve, string? Comment);

/// <summary>
/// The pure steps of a sheet, each the next sheet (version + 1) and its audit event, or a refusal. Who may ask is
/// <see cref="InspectionRules.MayAnswer"/> / <see cref="InspectionRules.MayDecide"/>.
/// </summary>
public static class InspectionTransitions
{
    /// <summary>Not editable (saving) or not submitted (deciding).</summary>
    public const string InvalidState = "InvalidState";

    /// <summary>Items unanswered, or NO without remarks: see <see cref="Answered"/> and <see cref="InspectionRules.MissingForSubmit"/>.</summary>
    public const string Incomplete = "Incomplete";

    public const string CommentRequired = "CommentRequired";

    public static Decision<InspectionSheet> Save(InspectionSheet sheet, InspectionTemplate template, SaveInspectionSheet command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(command);
        if (!sheet.IsEditable) return Decision.Reject<InspectionSheet>(InvalidState);
        var changed = Answered(sheet, template, command.Typed, now);
        if (command.Submit)
        {
            if (InspectionRules.MissingForSubmit(template, changed).Count > 0) return Decision.Reject<InspectionSheet>(Incomplete);
            changed = changed with { Status = InspectionSheetStatus.Submitted, SubmittedAt = now };
        }

        return Decision.Accept(changed, command.Submit ? "sheet.submitted" : "sheet.saved", new
        {
            campaign = sheet.CampaignKey, version = changed.Version,
            answers = changed.Answers.ToDictionary(a => a.Key, a => new { answer = a.Value.Answer?.ToDb(), remarks = a.Value.Remarks }),
        });
    }

    /// <summary>The sheet with every template item answered from the card, else as stored; remarks cleaned; version + 1.</summary>
    public static InspectionSheet Answered(
        InspectionSheet sheet, InspectionTemplate template, IReadOnlyDictionary<string, InspectionItemAnswer> typed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(typed);
        var answers = template.Items.ToDictionary(i => i.Id, i => Clean(typed.GetValueOrDefault(i.Id) ?? sheet.AnswerTo(i.Id)));
        return sheet with { Answers = answers, Version = sheet.Version + 1, UpdatedAt = now };
    }

    public static Decision<InspectionSheet> Decide(InspectionSheet sheet, DecideInspectionSheet command, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(command);
        if (sheet.Status != InspectionSheetStatus.Submitted) return Decision.Reject<InspectionSheet>(InvalidState);
        if (!command.Approve && command.Comment is null) return Decision.Reject<InspectionSheet>(CommentRequired);
        var changed = sheet with
        {
            Status = command.Approve ? InspectionSheetStatus.Approved : InspectionSheetStatus.Returned,
            ReturnComment = command.Approve ? null : command.Comment, Version = sheet.Version + 1, DecidedBy = actor, DecidedAt = now, UpdatedAt = now,
        };
        return Decision.Accept(changed, command.Approve ? "sheet.approved" : "sheet.returned",
            new { campaign = sheet.CampaignKey, version = changed.Version, comment = command.Comment });
    }

    /// <summary>Null when blank; else trimmed, any My Number masked, at most <see cref="InspectionRules.MaxCommentLength"/>.</summary>
    public static string? CleanComment(string? comment) =>
        string.IsNullOrWhiteSpace(comment) ? null : Truncate(MyNumberGuard.Mask(comment.Trim()).Text, InspectionRules.MaxCommentLength);

    // Remarks came through the turn pipeline (masked there); mask again because storage must never see a My Number.
    private static InspectionItemAnswer Clean(InspectionItemAnswer answer) =>
        answer with { Remarks = Truncate(MyNumberGuard.Mask(answer.Remarks.Trim()).Text, InspectionRules.MaxRemarksLength) };

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] : text;
}
