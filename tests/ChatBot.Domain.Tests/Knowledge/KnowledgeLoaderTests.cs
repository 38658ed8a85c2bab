using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Tests.Knowledge;

public class KnowledgeLoaderTests
{
    [Fact]
    public void Load_RealFolder_LoadsEverythingWithoutErrors()
    {
        var kb = KnowledgeLoader.Load(KnowledgePaths.KnowledgeRoot);

        Assert.NotEmpty(kb.Sources);
        Assert.NotEmpty(kb.Measures);
        Assert.NotEmpty(kb.Entries);
        Assert.NotEmpty(kb.Glossary);
        Assert.NotEmpty(kb.Checklists.SelectMany(c => c.Items));
        Assert.NotEmpty(kb.Lifecycle.SelectMany(s => s.Patterns));
        Assert.NotEmpty(kb.Lifecycle.SelectMany(s => s.Patterns).SelectMany(p => p.Countermeasures));
        Assert.Contains("incidents/rules.yaml", kb.IncidentDocuments.Keys);
        Assert.DoesNotContain(kb.Warnings, w => w.StartsWith("sources.yaml:", StringComparison.Ordinal));
        // An answer over the budget is cut when shown: whatever it says at its end would never reach the user.
        Assert.DoesNotContain(kb.Warnings, w => w.Contains(".answer.", StringComparison.Ordinal));
        Assert.NotEmpty(kb.OutOfScope);
        Assert.NotEmpty(kb.Spellings);
    }

    [Fact]
    public void Load_ValidFixture_BuildsTypedRecords()
    {
        var kb = KnowledgeLoader.Load(KnowledgePaths.ValidFixture);

        var entry = Assert.Single(kb.Entries);
        Assert.Equal("dispose-entry", entry.Id);
        Assert.Equal(["term-dispose", "collect-paper"], entry.Related);
        Assert.Equal(new SourceCitation("law", "第20条"), Assert.Single(entry.Sources));
        var pattern = Assert.Single(Assert.Single(kb.Lifecycle).Patterns);
        var countermeasure = Assert.Single(pattern.Countermeasures);
        Assert.Equal(SafetyCategory.Human, countermeasure.Category);
        Assert.Equal("D-b", countermeasure.Measure);
        Assert.Equal(["collect-paper-1-lost"], countermeasure.Addresses);
        Assert.Equal("D", kb.FindMeasure("D-b")?.Parent);
        Assert.Equal("No relaxation.", kb.FindMeasure("D-b")?.Sme?.En);
        Assert.Equal(["捨てる", "シュレッダー"], kb.FindTerm("term-dispose")?.SynonymsJa);
        var (template, item) = kb.FindChecklistItem("chk-training")!.Value;
        Assert.Equal("Were handlers trained?", item.Text.En);
        Assert.Equal((1, "medium", "Schedule the training."), (item.No, item.Risk, item.CorrectiveActionHint?.En));
        Assert.Equal(["yes", "no", "not_applicable"], template.Answers);
        Assert.Equal(new Uri("https://laws.e-gov.go.jp/law/425AC0000000027"), kb.FindSource("law")?.Url);
        Assert.Null(kb.FindSource("sheet")?.Url);
    }

    [Fact]
    public void Load_ValidFixture_ReadsBasisCheckDatesFactsAndAmendments()
    {
        var kb = KnowledgeLoader.Load(KnowledgePaths.ValidFixture);

        var entry = Assert.Single(kb.Entries);
        Assert.Equal(new SourceCitation("law", "第20条"), Assert.Single(entry.Basis));
        Assert.Equal(new DateOnly(2026, 12, 3), entry.Checked);
        Assert.Equal("30", entry.Facts["final-report-days"]);
        Assert.Equal("final-report-days", kb.Facts.Single(f => f.Id == "final-report-days").Rule);
        var amendment = Assert.Single(kb.Amendments);
        Assert.Equal(("law", "第20条", new DateOnly(2027, 4, 1)), (amendment.SourceId, amendment.Section, amendment.Date));
        // Everything that can answer has a date: its own, or its file's.
        foreach (var id in new[] { "dispose-entry", "term-dispose", "D-b", "collect-paper", "chk-training" })
            Assert.Equal(new DateOnly(2026, 12, 3), kb.CheckedOn(id));
    }

    [Fact]
    public void Load_RealFolder_EveryEntryHasALegalBasisAndACheckDate()
    {
        var kb = KnowledgeLoader.Load(KnowledgePaths.KnowledgeRoot);

        Assert.All(kb.Entries, e =>
        {
            Assert.NotEmpty(e.Basis);
            Assert.All(e.Basis, b => Assert.Contains(kb.FindSource(b.SourceId)!.Kind!, KnowledgeLoader.BasisKinds));
            Assert.NotEqual(default, e.Checked);
        });
    }

    [Theory]
    [InlineData("yaml-syntax", "entries/broken.yaml: (line ", "YAML syntax error")]
    [InlineData("missing-language", "entries/general.yaml: entries[0].answer.en: ", "English text is missing")]
    [InlineData("missing-field", "entries/general.yaml: entries[0].title: ", "required field is missing")]
    [InlineData("unknown-source", "entries/general.yaml: entries[0].sources[0].source: ", "unknown source 'no-such-source'")]
    [InlineData("unknown-source-incidents", "incidents/rules.yaml: deadlines[0].sources[0].source: ", "unknown source 'ppc-rule-typo'")]
    [InlineData("unknown-category", "lifecycle/collect.yaml: patterns[0].steps[0].countermeasures[0].category: ", "unknown category 'magical'")]
    [InlineData("unknown-measure", "entries/general.yaml: entries[0].measures[0]: ", "unknown measure 'E-z'")]
    [InlineData("duplicate-id", "lifecycle/collect.yaml: patterns[0].id: ", "duplicate id 'collect-paper' (first defined at entries/general.yaml: entries[1].id)")]
    [InlineData("broken-link", "entries/general.yaml: entries[0].related[1]: ", "unknown link target 'no-such-entry'")]
    [InlineData("answer-too-long", "entries/general.yaml: entries[0].answer.ja: ", "850 visible characters")]
    [InlineData("short-title-too-long", "sources.yaml: sources[0].short_title.en: ", "has 81 characters (at most 80")]
    [InlineData("missing-basis", "entries/general.yaml: entries[0].basis: ", "required list is missing")]
    [InlineData("basis-not-legal", "entries/general.yaml: entries[0].basis[0].source: ", "'sheet' is a seed, not a legal basis")]
    [InlineData("basis-without-section", "entries/general.yaml: entries[0].basis[0].section: ", "required: the article")]
    [InlineData("missing-checked", "entries/general.yaml: entries[0].checked: ", "required field is missing")]
    [InlineData("bad-checked-date", "entries/general.yaml: entries[0].checked: ", "expected a date yyyy-MM-dd, found '3 Dec 2026'")]
    [InlineData("missing-file-date", "measures.yaml: checked: ", "required field is missing")]
    [InlineData("unknown-fact", "entries/general.yaml: entries[0].facts.final-report-dayz: ", "unknown fact 'final-report-dayz'")]
    [InlineData("facts-disagree", "entries/more.yaml: entries[0].facts.final-report-days: ", "'31' disagrees with '30' stated at entries/general.yaml: entries[0].facts.final-report-days")]
    public void Load_InvalidFixture_NamesFileAndField(string fixture, string location, string problem)
    {
        var root = KnowledgePaths.InvalidFixture(fixture);
        try
        {
            var ex = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load(root));

            Assert.Contains(ex.Errors, e => e.StartsWith(location, StringComparison.Ordinal) && e.Contains(problem, StringComparison.Ordinal));
            Assert.Contains(location, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Load_SeveralProblems_ReportsThemAll()
    {
        var root = KnowledgePaths.InvalidFixture("broken-link");
        try
        {
            File.WriteAllText(Path.Combine(root, "entries", "more.yaml"),
                "entries:\n  - id: more\n    topic: nope\n    title: { ja: あ }\n    answer: { ja: い, en: b }\n    sources: [ { source: x } ]\n");

            var ex = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load(root));

            Assert.Contains(ex.Errors, e => e.StartsWith("entries/general.yaml: entries[0].related[1]:", StringComparison.Ordinal));
            Assert.Contains(ex.Errors, e => e.StartsWith("entries/more.yaml: entries[0].topic: unknown topic 'nope'", StringComparison.Ordinal));
            Assert.Contains(ex.Errors, e => e.StartsWith("entries/more.yaml: entries[0].title.en: the English text is missing", StringComparison.Ordinal));
            Assert.Contains(ex.Errors, e => e.StartsWith("entries/more.yaml: entries[0].sources[0].source: unknown source 'x'", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Load_BrokenOutOfScopeTopics_NameFileAndField()
    {
        var root = KnowledgePaths.InvalidFixture("broken-link");
        try
        {
            File.WriteAllText(Path.Combine(root, "out-of-scope.yaml"),
                "topics:\n  - id: lunch\n    title: { ja: 昼食, en: lunch }\n    reply: { ja: 食堂へ, en: ask the canteen }\n" +
                "    with_my_number: no-such-entry\n    questions:\n      ja: [今日のランチは？]\n      en: [a, b, c, d, e]\n" +
                "spellings:\n  - [保管]\n");
            File.AppendAllText(Path.Combine(root, "glossary.yaml"), "\nspellings:\n  - [保管]\n");

            var ex = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load(root));

            Assert.Contains(ex.Errors, e => e.StartsWith("out-of-scope.yaml: topics[0].questions.ja: needs at least 5 example questions", StringComparison.Ordinal));
            Assert.Contains(ex.Errors, e => e.StartsWith("out-of-scope.yaml: topics[0].with_my_number: unknown entry 'no-such-entry'", StringComparison.Ordinal));
            Assert.Contains(ex.Errors, e => e.StartsWith("glossary.yaml: spellings[0]: needs the written form and at least one kana spelling", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Load_AnswerBetween600And800_IsAWarningOnly()
    {
        var root = KnowledgePaths.InvalidFixture("broken-link");
        try
        {
            var answer = new string('長', 700);
            File.WriteAllText(Path.Combine(root, "entries", "general.yaml"),
                $"entries:\n  - id: dispose-entry\n    topic: retention\n    checked: 2026-12-03\n    basis: [ {{ source: law, section: 第20条 }} ]\n    title: {{ ja: あ, en: a }}\n    answer: {{ ja: \"{answer}\", en: b }}\n    sources: [ {{ source: law }} ]\n");

            var kb = KnowledgeLoader.Load(root);

            Assert.Contains(kb.Warnings, w => w.StartsWith("entries/general.yaml: entries[0].answer.ja:", StringComparison.Ordinal) && w.Contains("700", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Load_LongTitleWithShortTitle_CitesTheShortTitleWithoutWarning()
    {
        var kb = KnowledgeLoader.Load(KnowledgePaths.ValidFixture);

        var law = kb.FindSource("law")!;
        Assert.True(law.Title.En.Length > KnowledgeCitation.NameMaxLength);
        Assert.Equal(("番号法", "My Number Act"), (law.CitationName(KnowledgeLanguage.Japanese), law.CitationName(KnowledgeLanguage.English)));
        Assert.Equal("リスク分析シート", kb.FindSource("sheet")!.CitationName(KnowledgeLanguage.Japanese));
        Assert.DoesNotContain(kb.Warnings, w => w.StartsWith("sources.yaml:", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_LongTitleWithoutShortTitle_IsAWarningOnly()
    {
        var root = KnowledgePaths.InvalidFixture("short-title-too-long");
        try
        {
            var sources = Path.Combine(root, "sources.yaml");
            File.WriteAllLines(sources, File.ReadAllLines(sources).Where(l => !l.TrimStart().StartsWith("short_title:", StringComparison.Ordinal)));

            var kb = KnowledgeLoader.Load(root);

            Assert.Contains(kb.Warnings, w => w.StartsWith("sources.yaml: law.title: longer than 80", StringComparison.Ordinal) && w.Contains("short_title", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Load_MissingFolder_Throws() =>
        Assert.Throws<DirectoryNotFoundException>(() => KnowledgeLoader.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
}
