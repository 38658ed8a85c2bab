using ChatBot.Domain.Incidents;
using ChatBot.Domain.Incidents.Tracking;
using ChatBot.Domain.Organization;
using static ChatBot.Domain.Tests.Incidents.IncidentTestData;

namespace ChatBot.Domain.Tests.Incidents.Tracking;

/// <summary>Response plan from rules.yaml, steps per classification, and who may act on an incident.</summary>
public sealed class IncidentTrackingTests
{
    private static readonly IncidentResponsePlan Plan = IncidentResponseLoader.Load(PathOf("rules.yaml"));

    private static readonly OrganizationModel Org = OrganizationLoader.Parse("""
        name: { ja: テスト, en: Test }
        departments:
          - { id: hr, name: { ja: 人事部, en: HR }, escalation: [boss] }
          - { id: sales, name: { ja: 営業部, en: Sales }, escalation: [] }
        people:
          - { aadObjectId: reporter, name: R, department: hr, roles: [handler] }
          - { aadObjectId: manager, name: M, department: hr, roles: [responsible_manager] }
          - { aadObjectId: manager2, name: M2, department: hr, roles: [responsible_manager] }
          - { aadObjectId: boss, name: B, roles: [] }
          - { aadObjectId: officer, name: O, roles: [privacy_officer] }
          - { aadObjectId: sales-manager, name: S, department: sales, roles: [responsible_manager] }
        """, "org.yaml");

    [Fact]
    public void The_plan_has_the_steps_and_the_nine_report_items_of_the_rules()
    {
        Assert.Equal(9, Plan.ReportItems.Count);
        Assert.Equal(StepDeadline.Preliminary, Plan.Steps.Single(s => s.Id == "response-report-ppc-preliminary").Deadline);
        Assert.Equal(StepDeadline.Final, Plan.Steps.Single(s => s.Id == "response-report-ppc-final").Deadline);
        Assert.True(Plan.Steps.Single(s => s.Id == "response-publish").Optional);
    }

    [Fact]
    public void A_best_effort_case_has_no_ppc_steps_and_a_mandatory_one_gets_them_with_the_computed_dates()
    {
        var bestEffort = IncidentClassifier.Classify(Facts(persons: 3), Rules, Calendar);
        var steps = IncidentSteps.Plan(Plan, bestEffort, [], "manager");
        Assert.DoesNotContain(steps, s => s.StepId.Contains("ppc"));
        Assert.All(steps, s => Assert.Equal("manager", s.AssigneeAad));

        // Learned Thu 30 April 2026: day 30 is Fri 29 May.
        var mandatory = IncidentClassifier.Classify(Facts(persons: 101), Rules, Calendar);
        var done = steps[0] with { DoneAt = Jst("2026-04-30 12:00"), DoneBy = "manager" };
        var replanned = IncidentSteps.Plan(Plan, mandatory, [done, .. steps.Skip(1)], "manager");
        Assert.Equal(Date("2026-05-29"), replanned.Single(s => s.StepId == "response-report-ppc-final").DueDate);
        Assert.Equal(mandatory.PreliminaryReport!.To, replanned.Single(s => s.StepId == "response-report-ppc-preliminary").DueDate);
        Assert.True(replanned[0].Done);
        Assert.False(replanned.Single(s => s.StepId == "response-publish").Required);
    }

    [Theory]
    [InlineData(101, true)] // mandatory: 第29条の4第2項 requires notifying the individuals
    [InlineData(3, false)]  // best effort: contacting them is desirable, not required
    public void Notifying_individuals_is_required_only_when_the_report_is_mandatory(int persons, bool required)
    {
        var classification = IncidentClassifier.Classify(Facts(persons: persons), Rules, Calendar);
        var step = IncidentSteps.Plan(Plan, classification, [], null).Single(s => s.StepId == "response-notify-individuals");
        Assert.Equal(required, step.Required);
        Assert.Equal(classification.IndividualNotificationRequired, step.Required);
    }

    [Theory]
    [InlineData(IncidentOutcome.ContractorReleased)]
    [InlineData(IncidentOutcome.NotReportable)]
    public void A_released_or_excluded_case_has_no_notification_step(IncidentOutcome outcome)
    {
        var facts = outcome == IncidentOutcome.ContractorReleased
            ? Facts(persons: 150) with { WeAreContractor = true, ClientNotifiedAt = Jst("2026-05-01 09:00") }
            : Facts(persons: 150) with { Encryption = EncryptionFacts.Strong };
        var classification = IncidentClassifier.Classify(facts, Rules, Calendar);
        Assert.Equal(outcome, classification.Outcome);
        Assert.DoesNotContain(IncidentSteps.Plan(Plan, classification, [], null), s => s.StepId == "response-notify-individuals");
    }

    [Fact]
    public void A_done_step_that_no_longer_applies_stays_as_history_and_an_open_one_goes()
    {
        var mandatory = IncidentClassifier.Classify(Facts(persons: 101), Rules, Calendar);
        var steps = IncidentSteps.Plan(Plan, mandatory, [], null).Select(s =>
            s.StepId == "response-report-ppc-preliminary" ? s with { DoneAt = Jst("2026-05-01 10:00") } : s).ToList();
        var bestEffort = IncidentClassifier.Classify(Facts(persons: 3), Rules, Calendar);
        var replanned = IncidentSteps.Plan(Plan, bestEffort, steps, null);
        Assert.Contains(replanned, s => s.StepId == "response-report-ppc-preliminary" && s.Done && !s.Required);
        Assert.DoesNotContain(replanned, s => s.StepId == "response-report-ppc-final");
    }

    [Theory]
    [InlineData(null, "manager", true)]
    [InlineData(null, "manager2", true)]
    [InlineData(null, "boss", true)]
    [InlineData(null, "officer", true)]
    [InlineData(null, "reporter", false)]
    [InlineData(null, "sales-manager", false)]
    [InlineData(null, null, false)]
    [InlineData("manager", "manager", true)]
    [InlineData("manager", "manager2", false)] // a peer of the owner
    [InlineData("manager", "boss", true)]      // the chain above
    [InlineData("boss", "manager", false)]     // below the owner
    [InlineData("boss", "officer", true)]
    public void Who_may_manage(string? owner, string? actor, bool expected) =>
        Assert.Equal(expected, IncidentAccess.CanManage(Org, actor, Incident(owner)));

    [Fact]
    public void The_reporter_may_contribute_and_an_outsider_may_not()
    {
        Assert.True(IncidentAccess.CanContribute(Org, "REPORTER", Incident(null)));
        Assert.False(IncidentAccess.CanContribute(Org, "sales-manager", Incident("manager")));
    }

    [Theory]
    [InlineData("sales-manager", "sales-manager", true)]  // the manager the directory named
    [InlineData("sales-manager", "officer", true)]
    [InlineData("sales-manager", "manager", false)]       // the stranger is not in HR
    [InlineData("boss", "boss", true)]                    // a named manager outside any department's chain is level 1
    [InlineData("boss", "sales-manager", false)]
    [InlineData("no-longer-in-file", "officer", true)]    // the named manager left the file: the officer
    [InlineData("no-longer-in-file", "sales-manager", false)]
    [InlineData(null, "officer", true)]
    [InlineData(null, "manager", false)]
    public void A_reporter_outside_the_file_is_handled_by_the_chain_of_the_manager_found_at_filing(string? routedVia, string actor, bool expected) =>
        Assert.Equal(expected, IncidentAccess.CanManage(Org, actor, Incident(null) with { ReporterAad = "stranger", RoutedViaAad = routedVia }));

    [Fact]
    public void Routing_through_a_named_manager_puts_them_first_then_their_departments_chain()
    {
        var levels = IncidentRouting.LevelsFor(Org, Incident(null) with { ReporterAad = "stranger", RoutedViaAad = "boss" });
        Assert.Equal(["boss", "officer"], levels.Select(l => l.Single().AadObjectId));
        // Once the file lists the reporter, the file decides.
        Assert.Equal("manager", IncidentRouting.LevelsFor(Org, Incident(null) with { RoutedViaAad = "sales-manager" })[0][0].AadObjectId);
    }

    [Fact]
    public void References_are_four_digit_per_year() =>
        Assert.Equal("INC-2026-0001", IncidentReferenceNumber.Format(2026, 1));

    private static IncidentRecord Incident(string? owner) => new()
    {
        Reference = "INC-2026-0001",
        ReporterAad = "reporter",
        Report = new IncidentReport { Description = "x", NoticedAt = Jst("2026-04-30 10:00"), Kind = IncidentKind.Leak, Cause = IncidentCause.Misdirected },
        Status = owner is null ? IncidentStatus.Reported : IncidentStatus.Acknowledged,
        Version = 1,
        OwnerAad = owner,
        CreatedAt = Jst("2026-04-30 10:00"),
    };
}
