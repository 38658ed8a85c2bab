using ChatBot.Domain.CorrectiveActions;

namespace ChatBot.Domain.Tests.CorrectiveActions;

public sealed class CorrectiveActionTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decide_Complete_DoneWithMaskedNoteNextVersionAndOneEvent()
    {
        var action = CorrectiveActionRulesTests.Action(CorrectiveActionStatus.InProgress);

        var decision = CorrectiveActionTransitions.Decide(action, new SetCorrectiveActionStatus(CorrectiveActionStatus.Done, " 番号 123456789018 の書類を施錠 "), Now);

        Assert.True(decision.Accepted);
        var next = decision.Change!;
        Assert.Equal((CorrectiveActionStatus.Done, action.Version + 1, Now), (next.Status, next.Version, next.UpdatedAt));
        Assert.DoesNotContain("123456789018", next.ClosingNote, StringComparison.Ordinal);
        Assert.StartsWith("番号", next.ClosingNote, StringComparison.Ordinal);
        var change = Assert.Single(decision.Events);
        Assert.Equal(CorrectiveActionTransitions.StatusChangedAction, change.Action);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(new { status = "done", note = next.ClosingNote, version = next.Version }),
            System.Text.Json.JsonSerializer.Serialize(change.Details));
    }

    [Fact]
    public void Decide_StartWithoutNote_KeepsTheNoteAlreadyThere()
    {
        var action = CorrectiveActionRulesTests.Action() with { ClosingNote = "earlier" };
        var next = CorrectiveActionTransitions.Decide(action, new SetCorrectiveActionStatus(CorrectiveActionStatus.InProgress, null), Now).Change!;
        Assert.Equal((CorrectiveActionStatus.InProgress, "earlier"), (next.Status, next.ClosingNote));
    }

    [Theory]
    [InlineData(CorrectiveActionStatus.Open, CorrectiveActionStatus.Done, " ", "NoteRequired")]
    [InlineData(CorrectiveActionStatus.Open, CorrectiveActionStatus.Cancelled, null, "NoteRequired")]
    [InlineData(CorrectiveActionStatus.Done, CorrectiveActionStatus.Cancelled, "不要", "InvalidTransition")]
    [InlineData(CorrectiveActionStatus.Open, CorrectiveActionStatus.Open, null, "InvalidTransition")]
    public void Decide_NotAllowed_RejectedWithTheRefusalAndNoEvent(CorrectiveActionStatus from, CorrectiveActionStatus to, string? note, string reason)
    {
        var decision = CorrectiveActionTransitions.Decide(CorrectiveActionRulesTests.Action(from), new SetCorrectiveActionStatus(to, note), Now);
        Assert.Equal((false, reason), (decision.Accepted, decision.Reason));
        Assert.Null(decision.Change);
        Assert.Empty(decision.Events);
    }
}
