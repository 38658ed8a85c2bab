using ChatBot.Domain.Incidents;

namespace ChatBot.Domain.Tests.Incidents;

/// <summary>The real knowledge/incidents files and a builder for facts.</summary>
internal static class IncidentTestData
{
    private static readonly Lazy<IncidentRules> LazyRules = new(() => IncidentRulesLoader.Load(PathOf("rules.yaml")));
    private static readonly Lazy<HolidayCalendar> LazyCalendar = new(() => HolidayCalendarLoader.Load(PathOf("holidays.yaml")));

    public static IncidentRules Rules => LazyRules.Value;

    public static HolidayCalendar Calendar => LazyCalendar.Value;

    public static string PathOf(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "knowledge", "incidents", file);
    }

    /// <summary>Japan wall-clock time, e.g. <c>Jst("2026-04-30 10:00")</c>.</summary>
    public static DateTimeOffset Jst(string local) =>
        DateTimeOffset.Parse(local.Replace(' ', 'T') + "+09:00", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A misdirected letter about 3 persons, learned on Thu 2026-04-30 10:00 JST: best effort, nothing else.</summary>
    public static IncidentFacts Facts(
        IncidentKind kind = IncidentKind.Leak,
        IncidentCause cause = IncidentCause.Misdirected,
        int? persons = 3,
        string learned = "2026-04-30 10:00") => new()
    {
        Kind = kind,
        Cause = cause,
        LearnedAt = Jst(learned),
        EstimatedPersons = persons,
        MaxPersons = persons,
    };

    public static IncidentClassification Classify(IncidentFacts facts) => IncidentClassifier.Classify(facts, Rules, Calendar);

    public static string AllText(IEnumerable<LocalizedText> lines) => string.Join("\n", lines.Select(l => l.Ja + " | " + l.En));
}
