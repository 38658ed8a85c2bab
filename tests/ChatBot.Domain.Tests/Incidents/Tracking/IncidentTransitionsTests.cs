using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;

namespace ChatBot.Domain.Tests.Incidents.Tracking;

public sealed class IncidentTransitionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 1, 0, 0, TimeSpan.Zero);

    private static IncidentRecord Incident(IncidentStatus status, params IncidentStep[] steps) => new()
    {
        Reference = "INC-2026-0001",
        ReporterAad = "reporter",
        Report = new IncidentReport { Description = "x", NoticedAt = Now.AddDays(-1), Kind = IncidentKind.Leak, Cause = IncidentCause.Misdirected },
        Status = status,
        Version = 4,
        EscalationLevel = 2,
        CreatedAt = Now.AddDays(-1),
        Steps = steps,
    };

    private static IncidentStep Step(string id, bool required, string? assignee = null, bool done = false) =>
        new(id, required, assignee, null, done ? Now.AddHours(-1) : null, done ? "someone" : null);

    [Fact]
    public void Acknowledge_Reported_OwnedUnassignedStepsToTheActorNextVersion_ThenAlreadyAcknowledged()
    {
        var decision = IncidentTransitions.Acknowledge(Incident(IncidentStatus.Reported, Step("a", true), Step("b", false, "other")), "manager", Now);

        var next = decision.Change!;
        Assert.Equal((IncidentStatus.Acknowledged, "manager", (DateTimeOffset?)Now, 5), (next.Status, next.OwnerAad, next.AcknowledgedAt, next.Version));
        Assert.Equal(["manager", "other"], next.Steps.Select(s => s.AssigneeAad));
        Assert.Equal("incident.acknowledged", Assert.Single(decision.Events).Action);
        Assert.Equal("AlreadyAcknowledged", IncidentTransitions.Acknowledge(next, "manager", Now).Reason);
    }

    [Fact]
    public void CompleteStep_OnlyAnOpenKnownStepOfAnAcknowledgedIncident()
    {
        var incident = Incident(IncidentStatus.Acknowledged, Step("a", true), Step("b", true, done: true));

        var done = IncidentTransitions.CompleteStep(incident, "a", "manager", Now).Change!;

        Assert.Equal(("manager", (DateTimeOffset?)Now), (done.Steps[0].DoneBy, done.Steps[0].DoneAt));
        Assert.Equal("StepDone", IncidentTransitions.CompleteStep(incident, "b", "manager", Now).Reason);
        Assert.Equal("UnknownStep", IncidentTransitions.CompleteStep(incident, "zzz", "manager", Now).Reason);
        Assert.Equal("NotAcknowledged", IncidentTransitions.CompleteStep(incident with { Status = IncidentStatus.Reported }, "a", "manager", Now).Reason);
    }

    [Fact]
    public void AddNote_MaskedAndStored_BlankRefused()
    {
        var incident = Incident(IncidentStatus.Acknowledged);

        var decision = IncidentTransitions.AddNote(incident, " 番号 123456789018 を送った ", "reporter", Now);

        var note = Assert.Single(decision.Change!.Notes);
        Assert.Equal(("reporter", Now), (note.AuthorAad, note.At));
        Assert.DoesNotContain("123456789018", note.Text, StringComparison.Ordinal);
        Assert.Equal("EmptyNote", IncidentTransitions.AddNote(incident, "  ", "reporter", Now).Reason);
    }

    [Fact]
    public void CloseAndReopen_CloseNeedsRequiredStepsDone_ReopenOnlyWhenClosed()
    {
        var open = Incident(IncidentStatus.Acknowledged, Step("a", true), Step("b", false));

        Assert.Equal("StepsOpen", IncidentTransitions.Close(open, Now).Reason);
        Assert.Equal("NotAcknowledged", IncidentTransitions.Close(open with { Status = IncidentStatus.Reported }, Now).Reason);
        var closed = IncidentTransitions.Close(open with { Steps = [Step("a", true, done: true), Step("b", false)] }, Now).Change!;
        Assert.Equal((IncidentStatus.Closed, (DateTimeOffset?)Now), (closed.Status, closed.ClosedAt));
        var reopened = IncidentTransitions.Reopen(closed).Change!;
        Assert.Equal((IncidentStatus.Acknowledged, (DateTimeOffset?)null, 6), (reopened.Status, reopened.ClosedAt, reopened.Version));
        Assert.Equal("NotClosed", IncidentTransitions.Reopen(reopened).Reason);
    }
}
