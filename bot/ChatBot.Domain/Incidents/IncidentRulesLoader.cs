using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Incidents;

/// <summary>Reads and validates knowledge/incidents/rules.yaml; every problem names the file and the field,
/// e.g. <c>rules.yaml: mandatory_criteria[2].threshold: must be a number</c>.</summary>
public static class IncidentRulesLoader
{
    public static IncidentRules Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static IncidentRules Parse(string yaml, string fileName)
    {
        var y = new YamlFields(fileName);
        var root = y.Root(yaml);
        if (root is null) throw new IncidentDataException(y.Errors);

        var scope = y.Map(root, "", "scope");
        var kinds = y.Map(scope, "scope", "kinds");
        var kindNames = IncidentNames.Kinds.ToDictionary(k => k.Value, k => y.Text(kinds, "scope.kinds", k.Key));
        var terms = y.Map(scope, "scope", "terms");
        var kindTerms = IncidentNames.Kinds.ToDictionary(k => k.Value, k => y.Text(terms, "scope.terms", k.Key));
        var causes = y.Map(scope, "scope", "causes");
        var causeNames = IncidentNames.Causes.ToDictionary(c => c.Value, c => y.Text(causes, "scope.causes", c.Key));
        var covers = y.Names(scope, "scope", "covers", IncidentNames.Kinds).ToHashSet();
        var exclusion = Exclusion(y, y.Map(scope, "scope", "excluded_when"), "scope.excluded_when");

        var criteria = new List<IncidentCriterion>();
        var items = y.Seq(root, "", "mandatory_criteria");
        if (items.Count == 0 && YamlFields.Get(root, "mandatory_criteria") is not null) y.Error("mandatory_criteria", "must not be empty");
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"mandatory_criteria[{i}]";
            var item = items[i] as YamlMappingNode;
            if (item is null) { y.Error(path, "must be a mapping"); continue; }
            var id = y.String(item, path, "id");
            if (id is not null && criteria.Any(c => c.Id == id)) y.Error($"{path}.id", $"'{id}' is used twice");
            var condition = Condition(y, item, path);
            var appliesTo = YamlFields.Get(item, "applies_to") is null ? null : y.Names(item, path, "applies_to", IncidentNames.Kinds).ToHashSet();
            var finalDays = y.Int(item, path, "final_report_days", required: false, min: 1);
            var text = new RuleText(y.Text(item, path, "title"), y.Text(item, path, "reference"), y.Text(item, path, "description"));
            if (id is not null && condition is not null) criteria.Add(new IncidentCriterion(id, condition, appliesTo, finalDays, text));
        }

        var otherwise = y.Map(root, "", "otherwise");
        var deadlines = y.Map(root, "", "deadlines");
        var preliminary = y.Map(deadlines, "deadlines", "preliminary");
        const string pp = "deadlines.preliminary";
        var pMin = y.Int(preliminary, pp, "target_days_min", min: 1);
        var pMax = y.Int(preliminary, pp, "target_days_max", min: 1);
        if (pMin > pMax) y.Error($"{pp}.target_days_max", "must not be less than target_days_min");
        var final = y.Map(deadlines, "deadlines", "final");
        const string fp = "deadlines.final";
        var days = y.Int(final, fp, "days", min: 1);
        var counting = y.Map(final, fp, "counting");
        var dayOne = y.Bool(counting, $"{fp}.counting", "day_of_learning_is_day_1");
        var zone = y.String(counting, $"{fp}.counting", "timezone");
        if (zone is not null && zone != "Asia/Tokyo") y.Error($"{fp}.counting.timezone", $"'{zone}' is not supported (deadlines count in Asia/Tokyo)");
        var rollForwardOn = y.Names(counting, $"{fp}.counting", "roll_forward_on", IncidentNames.ClosedDays).ToHashSet();

        var notALeak = new List<NotALeakRule>();
        var rules = y.Seq(root, "", "not_a_leak");
        for (var i = 0; i < rules.Count; i++)
        {
            var path = $"not_a_leak[{i}]";
            if (rules[i] is not YamlMappingNode item) { y.Error(path, "must be a mapping"); continue; }
            var id = y.String(item, path, "id");
            var conditionName = y.String(item, path, "condition");
            Func<IncidentFacts, bool>? condition = null;
            if (conditionName is not null && !IncidentNames.NotALeakConditions.TryGetValue(conditionName, out condition))
                y.Error($"{path}.condition", $"'{conditionName}' is not one of {string.Join(", ", IncidentNames.NotALeakConditions.Keys)}");
            var appliesTo = YamlFields.Get(item, "applies_to") is null ? null : y.Names(item, path, "applies_to", IncidentNames.Kinds).ToHashSet();
            var appliesToCauses = YamlFields.Get(item, "applies_to_causes") is null ? null : y.Names(item, path, "applies_to_causes", IncidentNames.Causes).ToHashSet();
            var effect = y.Name(item, path, "effect", IncidentNames.Effects);
            var otherwiseEffect = y.Name(item, path, "otherwise_effect", IncidentNames.Effects, required: false);
            var text = new RuleText(y.Text(item, path, "title"), y.Text(item, path, "reference"), y.Text(item, path, "text"));
            if (id is not null && condition is not null && effect is { } e)
                notALeak.Add(new NotALeakRule(id, condition, appliesTo, appliesToCauses, e, otherwiseEffect, text));
        }

        var caveat = y.Map(root, "", "not_a_leak_caveat");
        var stillCheck = new HashSet<string>();
        var stillItems = y.Seq(caveat, "not_a_leak_caveat", "still_check");
        for (var i = 0; i < stillItems.Count; i++)
        {
            var id = (stillItems[i] as YamlScalarNode)?.Value;
            if (id is null || !criteria.Any(c => c.Id == id)) y.Error($"not_a_leak_caveat.still_check[{i}]", $"'{id}' is not an id of mandatory_criteria");
            else stillCheck.Add(id);
        }
        y.Text(caveat, "not_a_leak_caveat", "text");

        var notification = y.Map(root, "", "individual_notification");
        const string np = "individual_notification";
        var requiredWhen = y.String(notification, np, "required_when");
        if (requiredWhen is not null && requiredWhen != "mandatory_report") y.Error($"{np}.required_when", $"'{requiredWhen}' is not supported (use mandatory_report)");

        var contractor = y.Map(root, "", "contractor_release");
        const string cp = "contractor_release";
        var prompt = y.Int(contractor, cp, "prompt_within_days", min: 1);
        var clientLearnsOnNotice = y.Bool(contractor, cp, "client_learns_on_notice");

        var alsoConsider = new List<AlsoConsiderRule>();
        var also = y.Seq(root, "", "also_consider", required: false);
        for (var i = 0; i < also.Count; i++)
        {
            var path = $"also_consider[{i}]";
            if (also[i] is not YamlMappingNode item) { y.Error(path, "must be a mapping"); continue; }
            var id = y.String(item, path, "id");
            var when = new List<IncidentCondition>();
            var whenItems = y.Seq(item, path, "when_any");
            for (var j = 0; j < whenItems.Count; j++)
            {
                if (whenItems[j] is not YamlMappingNode w) { y.Error($"{path}.when_any[{j}]", "must be a mapping"); continue; }
                if (Condition(y, w, $"{path}.when_any[{j}]") is { } c) when.Add(c);
            }
            var text = new RuleText(y.Text(item, path, "title"), new LocalizedText("", ""), y.Text(item, path, "text"));
            if (id is not null) alsoConsider.Add(new AlsoConsiderRule(id, when, text));
        }

        var messages = y.Map(root, "", "messages");
        var templates = new Dictionary<string, LocalizedText>();
        foreach (var key in IncidentMessages.RequiredKeys) templates[key] = y.Text(messages, "messages", key);

        if (y.Errors.Count > 0) throw new IncidentDataException(y.Errors);
        return new IncidentRules
        {
            KindNames = kindNames,
            KindTerms = kindTerms,
            CauseNames = causeNames,
            Covers = covers,
            Exclusion = exclusion!,
            MandatoryCriteria = criteria,
            Otherwise = new RuleText(new LocalizedText("", ""), y.Text(otherwise, "otherwise", "reference"), y.Text(otherwise, "otherwise", "text")),
            Preliminary = new PreliminaryDeadlineRule(pMin!.Value, pMax!.Value, y.Bool(preliminary, pp, "roll_forward", required: false) ?? false,
                new RuleText(y.Text(preliminary, pp, "title"), y.Text(preliminary, pp, "reference"), y.Text(preliminary, pp, "text"))),
            Final = new FinalDeadlineRule(days!.Value, dayOne!.Value, rollForwardOn,
                new RuleText(y.Text(final, fp, "title"), y.Text(final, fp, "reference"), y.Text(final, fp, "text"))),
            NotALeak = notALeak,
            NotALeakStillCheck = stillCheck,
            IndividualNotification = new NotificationRule(
                y.Text(notification, np, "timing"),
                y.Text(y.Map(notification, np, "may_be_delayed"), $"{np}.may_be_delayed", "text"),
                new RuleText(new LocalizedText("", ""), y.Text(notification, np, "reference"), y.Text(notification, np, "unnecessary_text"))),
            ContractorRelease = new ContractorReleaseRule(prompt!.Value, clientLearnsOnNotice!.Value,
                new RuleText(new LocalizedText("", ""), y.Text(contractor, cp, "reference"), y.Text(contractor, cp, "effect"))),
            AlsoConsider = alsoConsider,
            Messages = new IncidentMessages(templates),
        };
    }

    private static IncidentCondition? Condition(YamlFields y, YamlMappingNode item, string path)
    {
        var kind = y.Name(item, path, "condition", IncidentNames.Conditions);
        if (kind is not { } k) return null;
        var systemTypes = k == IncidentConditionKind.NetworkSystem
            ? y.Names(item, path, "system_types", IncidentNames.SystemTypes).ToHashSet()
            : [];
        var causes = k == IncidentConditionKind.WrongfulPurpose
            ? y.Names(item, path, "implied_by_causes", IncidentNames.Causes, required: false).ToHashSet()
            : [];
        int? threshold = null;
        var comparison = PersonsComparison.GreaterThan;
        if (k == IncidentConditionKind.OverPersons)
        {
            threshold = y.Int(item, path, "threshold", min: 0);
            comparison = y.Name(item, path, "comparison", IncidentNames.Comparisons) ?? comparison;
        }
        return new IncidentCondition(k, systemTypes, causes, threshold, comparison);
    }

    private static EncryptionExclusion? Exclusion(YamlFields y, YamlMappingNode? map, string path)
    {
        var id = y.String(map, path, "id");
        var appliesTo = y.Names(map, path, "applies_to", IncidentNames.Kinds).ToHashSet();
        if (map is not null && map.Children.ContainsKey(new YamlScalarNode("all_required")))
            y.Error($"{path}.all_required", "is replaced by required + key_management_any_of (PPC Q&A 17-14: the key-handling conditions are alternatives)");
        var conditions = new List<EncryptionCondition>();
        var items = y.Seq(map, path, "conditions");
        for (var i = 0; i < items.Count; i++)
        {
            var field = $"{path}.conditions[{i}]";
            var item = items[i] as YamlMappingNode;
            var cid = y.String(item, field, "id");
            if (cid is null) { if (item is null) y.Error(field, "must be a mapping"); continue; }
            if (!IncidentNames.EncryptionConditions.TryGetValue(cid, out var isMet))
            {
                y.Error($"{field}.id", $"'{cid}' is not one of {string.Join(", ", IncidentNames.EncryptionConditions.Keys)}");
                continue;
            }
            conditions.Add(new EncryptionCondition(cid, y.Text(item, field, "text"), isMet));
        }
        foreach (var missing in IncidentNames.EncryptionConditions.Keys.Where(k => map is not null && conditions.All(c => c.Id != k)))
            y.Error($"{path}.conditions", $"'{missing}' is missing");
        var byId = conditions.ToDictionary(c => c.Id);
        var used = new HashSet<string>();
        List<EncryptionCondition> Resolve(IEnumerable<string> ids, string field)
        {
            var list = new List<EncryptionCondition>();
            foreach (var cid in ids)
            {
                if (!byId.TryGetValue(cid, out var c)) { y.Error(field, $"'{cid}' is not a condition listed under conditions"); continue; }
                if (!used.Add(cid)) y.Error(field, $"'{cid}' is used twice");
                list.Add(c);
            }
            return list;
        }
        var required = Resolve(y.Seq(map, path, "required").OfType<YamlScalarNode>().Select(n => n.Value ?? ""), $"{path}.required");
        foreach (var always in IncidentNames.AlwaysRequiredEncryptionConditions.Where(a => map is not null && required.All(c => c.Id != a)))
            y.Error($"{path}.required", $"must include '{always}' (PPC Q&A 17-14 always requires it)");
        var alternatives = new List<IReadOnlyList<EncryptionCondition>>();
        var anyOf = y.Seq(map, path, "key_management_any_of");
        for (var i = 0; i < anyOf.Count; i++)
        {
            var field = $"{path}.key_management_any_of[{i}]";
            if (anyOf[i] is not YamlSequenceNode alternative || alternative.Children.Count == 0) { y.Error(field, "must be a non-empty list of condition ids"); continue; }
            alternatives.Add(Resolve(alternative.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? ""), field));
        }
        if (map is not null && anyOf.Count == 0) y.Error($"{path}.key_management_any_of", "must list at least one alternative");
        foreach (var unused in conditions.Where(c => !used.Contains(c.Id)))
            y.Error($"{path}.conditions", $"'{unused.Id}' is in neither required nor key_management_any_of");
        var keyTitle = y.Text(map, path, "key_management_title");
        var text = new RuleText(y.Text(map, path, "title"), y.Text(map, path, "reference"), y.Text(map, path, "text"));
        return id is null ? null : new EncryptionExclusion(id, appliesTo, conditions, text, required, alternatives, keyTitle);
    }
}
