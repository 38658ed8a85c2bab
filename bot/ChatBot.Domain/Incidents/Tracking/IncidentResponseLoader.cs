using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Incidents.Tracking;

/// <summary>Reads <c>response_steps</c> and <c>report_items</c> of knowledge/incidents/rules.yaml.</summary>
public static class IncidentResponseLoader
{
    private static readonly IReadOnlyDictionary<string, StepCondition> Conditions = new Dictionary<string, StepCondition>
    {
        ["always"] = StepCondition.Always,
        ["reportable"] = StepCondition.Reportable,
        ["mandatory_report"] = StepCondition.MandatoryReport,
    };

    // The two PPC steps take the computed deadlines; matched by id suffix so the ids stay data.
    private static StepDeadline DeadlineOf(string id) =>
        id.EndsWith("-preliminary", StringComparison.Ordinal) ? StepDeadline.Preliminary
        : id.EndsWith("-final", StringComparison.Ordinal) ? StepDeadline.Final
        : StepDeadline.None;

    // always ⊃ reportable ⊃ mandatory_report: a suggestion narrower than the duty would say nothing.
    private static bool Broader(StepCondition suggested, StepCondition mandatory) => Rank(suggested) > Rank(mandatory);

    private static int Rank(StepCondition c) => c switch { StepCondition.Always => 2, StepCondition.Reportable => 1, _ => 0 };

    public static IncidentResponsePlan Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static IncidentResponsePlan Parse(string yaml, string fileName)
    {
        var y = new YamlFields(fileName);
        var root = y.Root(yaml);
        if (root is null) throw new IncidentDataException(y.Errors);

        var steps = new List<ResponseStepRule>();
        var items = y.Seq(root, "", "response_steps");
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"response_steps[{i}]";
            if (items[i] is not YamlMappingNode item) { y.Error(path, "must be a mapping"); continue; }
            var id = y.String(item, path, "id");
            if (id is not null && steps.Any(s => s.Id == id)) y.Error($"{path}.id", $"'{id}' is used twice");
            var when = y.Name(item, path, "mandatory_when", Conditions);
            var suggested = y.Name(item, path, "suggested_when", Conditions, required: false);
            if (when is { } mw && suggested is { } sw && !Broader(sw, mw))
                y.Error($"{path}.suggested_when", "must cover more cases than mandatory_when (always > reportable > mandatory_report)");
            var optional = y.Bool(item, path, "optional", required: false) ?? false;
            var note = YamlFields.Get(item, "note") is null ? null : y.Text(item, path, "note");
            var title = y.Text(item, path, "title");
            if (id is not null && when is { } w) steps.Add(new ResponseStepRule(id, title, w, optional, note, DeadlineOf(id), suggested));
        }

        var reportItems = new List<ReportItem>();
        var reportNodes = y.Seq(root, "", "report_items");
        for (var i = 0; i < reportNodes.Count; i++)
        {
            var path = $"report_items[{i}]";
            if (reportNodes[i] is not YamlMappingNode item) { y.Error(path, "must be a mapping"); continue; }
            var id = y.String(item, path, "id");
            var text = y.Text(reportNodes[i], path);
            if (id is not null) reportItems.Add(new ReportItem(id, text));
        }

        if (y.Errors.Count > 0) throw new IncidentDataException(y.Errors);
        return new IncidentResponsePlan(steps, reportItems);
    }
}
