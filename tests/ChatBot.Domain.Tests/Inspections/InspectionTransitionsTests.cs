using ChatBot.Domain.Inspections;

namespace ChatBot.Domain.Tests.Inspections;

public sealed class InspectionTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    private static readonly InspectionTemplate Template = new("pfa", new LocalizedText("点検", "Inspection"),
        [Item("lock", 1), Item("shred", 2)]);

    private static InspectionItem Item(string id, int no) => new(id, no, new LocalizedText(id, id), null, null, null);

    private static InspectionSheet Sheet(InspectionSheetStatus status, params (string Id, InspectionAnswer Answer, string Remarks)[] answers) =>
        new("FY2026-Q3", "handler", "hr", status, answers.ToDictionary(a => a.Id, a => new InspectionItemAnswer(a.Answer, a.Remarks)), null, 3, null, null, null, default);

    private static Dictionary<string, InspectionItemAnswer> Typed(params (string Id, InspectionAnswer? Answer, string Remarks)[] answers) =>
        answers.ToDictionary(a => a.Id, a => new InspectionItemAnswer(a.Answer, a.Remarks));

    [Fact]
    public void Save_Draft_TypedOverStoredRemarksMaskedNextVersionOneEvent()
    {
        var sheet = Sheet(InspectionSheetStatus.Open, ("shred", InspectionAnswer.Yes, ""));

        var decision = InspectionTransitions.Save(sheet, Template,
            new SaveInspectionSheet(Typed(("lock", InspectionAnswer.No, " 番号 123456789018 の書類 ")), Submit: false), Now);

        var next = decision.Change!;
        Assert.Equal((InspectionSheetStatus.Open, 4, Now), (next.Status, next.Version, next.UpdatedAt));
        Assert.Equal(InspectionAnswer.No, next.AnswerTo("lock").Answer);
        Assert.DoesNotContain("123456789018", next.AnswerTo("lock").Remarks, StringComparison.Ordinal);
        Assert.StartsWith("番号", next.AnswerTo("lock").Remarks, StringComparison.Ordinal);
        Assert.Equal(InspectionAnswer.Yes, next.AnswerTo("shred").Answer);
        Assert.Equal("sheet.saved", Assert.Single(decision.Events).Action);
    }

    [Fact]
    public void Save_SubmitComplete_Submitted_SubmitWithANoWithoutRemarks_Incomplete()
    {
        var sheet = Sheet(InspectionSheetStatus.Returned, ("shred", InspectionAnswer.Yes, ""));

        var submitted = InspectionTransitions.Save(sheet, Template, new SaveInspectionSheet(Typed(("lock", InspectionAnswer.Yes, "")), Submit: true), Now);
        var incomplete = InspectionTransitions.Save(sheet, Template, new SaveInspectionSheet(Typed(("lock", InspectionAnswer.No, " ")), Submit: true), Now);

        Assert.Equal((InspectionSheetStatus.Submitted, (DateTimeOffset?)Now), (submitted.Change!.Status, submitted.Change.SubmittedAt));
        Assert.Equal("sheet.submitted", Assert.Single(submitted.Events).Action);
        Assert.Equal((false, InspectionTransitions.Incomplete), (incomplete.Accepted, incomplete.Reason));
        Assert.Equal(["lock"], InspectionRules.MissingForSubmit(Template,
            InspectionTransitions.Answered(sheet, Template, Typed(("lock", InspectionAnswer.No, " ")), Now)));
    }

    [Fact]
    public void Save_SubmittedSheet_InvalidState()
    {
        var decision = InspectionTransitions.Save(Sheet(InspectionSheetStatus.Submitted), Template, new SaveInspectionSheet(Typed(), false), Now);
        Assert.Equal((false, InspectionTransitions.InvalidState), (decision.Accepted, decision.Reason));
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Decide_ApproveOrReturn_DecidedByTheActor_ReturnNeedsAComment()
    {
        var sheet = Sheet(InspectionSheetStatus.Submitted);

        var approved = InspectionTransitions.Decide(sheet, new DecideInspectionSheet(true, null), "manager", Now).Change!;
        var returned = InspectionTransitions.Decide(sheet, new DecideInspectionSheet(false, InspectionTransitions.CleanComment(" 直して ")), "manager", Now);
        var silent = InspectionTransitions.Decide(sheet, new DecideInspectionSheet(false, InspectionTransitions.CleanComment("  ")), "manager", Now);
        var again = InspectionTransitions.Decide(approved, new DecideInspectionSheet(true, null), "manager", Now);

        Assert.Equal((InspectionSheetStatus.Approved, "manager", (DateTimeOffset?)Now, 4), (approved.Status, approved.DecidedBy, approved.DecidedAt, approved.Version));
        Assert.Equal((InspectionSheetStatus.Returned, "直して"), (returned.Change!.Status, returned.Change.ReturnComment));
        Assert.Equal("sheet.returned", Assert.Single(returned.Events).Action);
        Assert.Equal(InspectionTransitions.CommentRequired, silent.Reason);
        Assert.Equal(InspectionTransitions.InvalidState, again.Reason);
    }
}
