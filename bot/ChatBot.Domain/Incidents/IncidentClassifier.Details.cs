namespace ChatBot.Domain.Incidents;

public static partial class IncidentClassifier
{
    private static void CriteriaReasoning(
        IncidentFacts facts, IncidentRules rules, List<IncidentCriterion> matched,
        List<LocalizedText> reasoning, List<LocalizedText> warnings)
    {
        var m = rules.Messages;
        var counted = IncidentCondition.CountedPersons(facts);
        foreach (var criterion in rules.MandatoryCriteria)
        {
            var condition = criterion.Condition;
            var isMatched = matched.Contains(criterion);
            if (condition.Kind == IncidentConditionKind.OverPersons)
            {
                if (facts.EstimatedPersons is { } e && facts.MaxPersons is { } max && e != max)
                    reasoning.Add(m.Format("persons-counted", ("estimate", e), ("max", max), ("persons", counted), ("threshold", condition.Threshold)));
                if (counted is null) warnings.Add(m.Format("warn-persons-unknown", ("title", criterion.Text.Title)));
                else if (!isMatched) reasoning.Add(m.Format("persons-not-over", ("persons", counted), ("threshold", condition.Threshold), ("reference", criterion.Text.Reference)));
            }
            if (!isMatched) continue;
            reasoning.Add(m.Format("criterion-matched", ("title", criterion.Text.Title), ("reference", criterion.Text.Reference)));
            if (condition.IsImpliedByCauseOnly(facts))
                reasoning.Add(m.Format("wrongful-implied", ("cause", rules.CauseNames[facts.Cause])));
        }
    }

    private static void PersonsWarnings(IncidentFacts facts, IncidentRules rules, List<LocalizedText> warnings)
    {
        var m = rules.Messages;
        if (facts.EstimatedPersons is { } e && facts.MaxPersons is null)
            warnings.Add(m.Format("warn-estimate", ("estimate", e)));
        else if (facts.EstimatedPersons is { } estimate && facts.MaxPersons is { } max && estimate != max)
            warnings.Add(m.Format("warn-estimate-range", ("estimate", estimate), ("max", max)));
    }

    private static IncidentClassification WithDeadlines(
        IncidentClassification result, IncidentRules rules, HolidayCalendar calendar, List<IncidentCriterion> matched,
        List<LocalizedText> reasoning, List<LocalizedText> warnings)
    {
        var m = rules.Messages;
        var dayOne = result.DayOne;

        var p = rules.Preliminary;
        var from = DeadlineCalculator.Day(dayOne, p.TargetDaysMin);
        var to = DeadlineCalculator.Day(dayOne, p.TargetDaysMax);
        if (p.RollForward)
        {
            from = DeadlineCalculator.OnOrAfterBusinessDay(from, calendar, rules.Final.RollForwardOn);
            to = DeadlineCalculator.OnOrAfterBusinessDay(to, calendar, rules.Final.RollForwardOn);
        }
        reasoning.Add(m.Format("preliminary", ("day_one", dayOne), ("min", p.TargetDaysMin), ("max", p.TargetDaysMax),
            ("from", from), ("to", to), ("reference", p.Text.Reference)));

        var days = FinalDays(rules, matched);
        foreach (var longer in matched.Where(c => c.FinalReportDays == days && days > rules.Final.Days))
            reasoning.Add(m.Format("final-days", ("title", longer.Text.Title), ("days", days)));
        var last = DeadlineCalculator.Day(dayOne, days);
        var due = DeadlineCalculator.DueDate(dayOne, days, calendar, rules.Final.RollForwardOn);
        var reason = calendar.ClosedReason(last, rules.Final.RollForwardOn);
        reasoning.Add(reason is { } r
            ? m.Format("final-rolled", ("day_one", dayOne), ("days", days), ("last", last), ("reason", ReasonText(r, last, calendar, m)),
                ("due", due), ("reference", rules.Final.Text.Reference))
            : m.Format("final", ("day_one", dayOne), ("days", days), ("last", last), ("due", due), ("reference", rules.Final.Text.Reference)));

        // The holiday list must know every date from the last day to the deadline, and the day after it.
        for (var d = last; d <= due.AddDays(1); d = d.AddDays(1))
        {
            if (!calendar.IsCovered(d))
            {
                warnings.Add(m.Format("warn-calendar", ("until", calendar.CoveredUntil), ("date", d)));
                break;
            }
            if (calendar.ProvisionalDates.Contains(d) || calendar.ProvisionalDates.Contains(d.AddDays(1)))
            {
                warnings.Add(m.Format("warn-provisional", ("date", calendar.ProvisionalDates.Contains(d) ? d : d.AddDays(1))));
                break;
            }
        }

        var notification = rules.IndividualNotification;
        reasoning.Add(m.Format("notify-required", ("timing", notification.Timing), ("reference", notification.Text.Reference)));
        reasoning.Add(notification.MayBeDelayed);

        return result with
        {
            PreliminaryReport = new ReportWindow(from, to),
            FinalReportDue = due,
            FinalReportDays = days,
            IndividualNotificationRequired = true,
            IndividualNotificationMayBeDelayed = true,
        };
    }

    private static LocalizedText ReasonText(ClosedDay reason, DateOnly date, HolidayCalendar calendar, IncidentMessages m) => reason switch
    {
        ClosedDay.Saturday => m.Template("closed-saturday"),
        ClosedDay.Sunday => m.Template("closed-sunday"),
        ClosedDay.YearEnd => m.Template("closed-year-end"),
        _ => m.Format("closed-holiday", ("name", calendar.HolidayName(date))),
    };
}
