using System.Globalization;
using ChatBot.Domain.Knowledge;

namespace ChatBot.Domain.Tests.Knowledge;

[Collection(RealKnowledgeGroup.Name)]
public class KnowledgeAnswererTests(RealKnowledgeFixture real)
{
    private readonly KnowledgeAnswerer _answerer = real.Answerer;

    [Fact]
    public void Answer_JapaneseQuestion_JapaneseCitedAnswer()
    {
        var answer = _answerer.Answer("マイナンバーが漏れたかもしれない。まず何をすればいい？", "ja-JP");

        Assert.True(answer.Found);
        Assert.Equal(KnowledgeLanguage.Japanese, answer.Language);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", answer.Text);
        Assert.InRange(answer.Citations.Count, 1, 3);
        Assert.Contains("[1]", answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Citations, c => Assert.Contains($"[{c.Position}]", answer.Text, StringComparison.Ordinal));
        Assert.NotNull(answer.Id);
        Assert.Empty(answer.Suggestions);
    }

    [Fact]
    public void Answer_EnglishQuestion_EnglishCitedAnswer()
    {
        var answer = _answerer.Answer("How long must we keep the dependants' deduction forms?", null);

        Assert.True(answer.Found);
        Assert.Equal(KnowledgeLanguage.English, answer.Language);
        Assert.DoesNotMatch(@"\p{IsHiragana}", answer.Text);
        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, c => Assert.DoesNotMatch(@"\p{IsHiragana}", c.Name));
    }

    [Fact]
    public void Answer_EnglishLocale_AnswersJapaneseQuestionInJapanese()
    {
        var answer = _answerer.Answer("扶養控除等申告書の保存期間", "en-US");

        Assert.True(answer.Found);
        Assert.Equal(KnowledgeLanguage.Japanese, answer.Language);
    }

    [Theory]
    [InlineData("特定個人情報とは", "term-tokutei-kojin-jouhou", KnowledgeLanguage.Japanese)]
    [InlineData("事務取扱責任者って何する人？", "term-jimu-toriatsukai-sekininsha", KnowledgeLanguage.Japanese)]
    [InlineData("what does the 事務取扱責任者 actually do?", "term-jimu-toriatsukai-sekininsha", KnowledgeLanguage.English)]
    [InlineData("who is the PPC everyone keeps mentioning?", "term-kojin-jouhou-hogo-iinkai", KnowledgeLanguage.English)]
    [InlineData("マイナンバーって何桁だっけ？", "term-kojin-bangou", KnowledgeLanguage.Japanese)]
    [InlineData("What is specific personal information?", "term-tokutei-kojin-jouhou", KnowledgeLanguage.English)]
    public void Answer_WhatIsAGlossaryTerm_AnswersItsDefinition(string question, string id, KnowledgeLanguage language)
    {
        var answer = _answerer.Answer(question, "en-US");

        Assert.Equal(id, answer.Id);
        Assert.Equal(language, answer.Language);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public void Answer_CloseRunnersUp_AreOfferedAsAlternatives_ClearWinnersAreNot()
    {
        var answers = KnowledgeEvaluation.LoadQuestions(KnowledgePaths.EvalSet).Where(q => !q.OffTopic)
            .Select(q => _answerer.Answer(q.Question, q.Locale)).Where(a => a.Found).ToList();

        var offered = answers.Where(a => a.Alternatives.Count > 0).ToList();
        Assert.InRange(offered.Count, 1, answers.Count / 2);
        Assert.All(offered, a => Assert.InRange(a.Alternatives.Count, 1, 2));
        Assert.All(offered, a => Assert.DoesNotContain(a.Id, a.Alternatives));
        Assert.All(offered, a => Assert.All(a.Alternatives, id => Assert.NotNull(_answerer.Title(id, a.Language))));
        Assert.Empty(_answerer.Answer("特定個人情報とは", "ja-JP").Alternatives);
    }

    [Fact]
    public void Answer_WhatIsFollowedByAnotherQuestion_IsNotForcedToTheGlossary() =>
        Assert.NotEqual(KnowledgeDocumentKind.Term, _answerer.Answer("扶養控除等申告書って何年保管する？", "ja-JP").Kind);

    [Theory]
    [InlineData("今日の天気は？", "ja-JP", KnowledgeLanguage.Japanese)]
    [InlineData("What's for lunch today?", null, KnowledgeLanguage.English)]
    [InlineData("Write me a poem about the sea", "en-US", KnowledgeLanguage.English)]
    public void Answer_OffTopic_AbstainsWithSuggestionsAndNoCitation(string question, string? locale, KnowledgeLanguage language)
    {
        var answer = _answerer.Answer(question, locale);

        Assert.False(answer.Found);
        Assert.Empty(answer.Citations);
        Assert.Null(answer.Id);
        Assert.Equal(language, answer.Language);
        Assert.Equal(KnowledgeTexts.Suggestions(language), answer.Suggestions);
        Assert.True(answer.Text == KnowledgeTexts.NoAnswer(language) || answer.OutOfScopeTopic is not null, answer.Text);
    }

    [Theory]
    [InlineData("マイナンバーカードの暗証番号を忘れてしまいました", "en-US", "personal-card", KnowledgeLanguage.Japanese)]
    [InlineData("how do I renew my own my number card before it expires?", "ja-JP", "personal-card", KnowledgeLanguage.English)]
    [InlineData("プリンターが紙詰まりしています", "ja-JP", "it-helpdesk", KnowledgeLanguage.Japanese)]
    public void Answer_OutOfScope_SaysWhereToGoInTheQuestionsLanguage(string question, string locale, string topic, KnowledgeLanguage language)
    {
        var answer = _answerer.Answer(question, locale);

        Assert.False(answer.Found);
        Assert.Empty(answer.Citations);
        Assert.Equal(topic, answer.OutOfScopeTopic);
        Assert.Equal(language, answer.Language);
        Assert.StartsWith(real.Knowledge.FindOutOfScope(topic)!.Reply.Get(language), answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("マイナンバーカードで本人確認するときは何を見ればいい？")]
    [InlineData("従業員のマイナンバーカードのコピーは取っていい？")]
    [InlineData("Can we keep a copy of an employee's My Number card?")]
    [InlineData("従業員がマイナンバーカードを出したくないと言っています。どうすれば？")]
    public void Answer_CompanyHandlingOfTheCard_IsNotDeclinedAsOnesOwnCard(string question)
    {
        var answer = _answerer.Answer(question, "ja-JP");

        Assert.True(answer.Found, answer.Text);
        Assert.Null(answer.OutOfScopeTopic);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("   ", "ja")]
    [InlineData("？？？", null)]
    public void Answer_EmptyOrNoWords_Abstains(string question, string? locale) =>
        Assert.False(_answerer.Answer(question, locale).Found);

    [Theory]
    [InlineData("\"マイナンバー\" AND (廃棄 OR 削除*) field:value")]
    [InlineData("title_ja:漏えい^10 ~ [1 TO 5] {a} \\ / !")]
    [InlineData("\"unclosed quote (and paren: * ? -")]
    [InlineData("my number* \"leak\" (report):")]
    [InlineData("&& || ! ^ ~ * ? : \\ /")]
    public void Answer_QuerySyntaxCharacters_DoNotThrow(string question)
    {
        var answer = _answerer.Answer(question, null);

        Assert.NotNull(answer.Text);
    }

    [Fact]
    public void Answer_VeryLongQuestion_DoesNotThrow()
    {
        var question = string.Concat(Enumerable.Repeat("マイナンバーの書類を廃棄するときの注意点を教えてください。", 100));

        Assert.True(_answerer.Answer(question, null).Found);
    }

    [Fact]
    public void Answer_EveryEvalQuestion_RespectsTextLimits()
    {
        foreach (var question in KnowledgeEvaluation.LoadQuestions(KnowledgePaths.EvalSet))
        {
            foreach (var locale in new[] { "ja-JP", "en-US" })
            {
                var answer = _answerer.Answer(question.Question, locale);
                var body = System.Text.RegularExpressions.Regex.Replace(answer.Text, @"\s*(\[\d+\])+$", "");
                Assert.True(new StringInfo(body.Replace("\n", "", StringComparison.Ordinal)).LengthInTextElements <= 650, $"{question.Question}: {answer.Text.Length}");
                Assert.InRange(answer.Citations.Count, 0, KnowledgeCitation.MaxCount);
                Assert.All(answer.Citations, c =>
                {
                    Assert.InRange(c.Name.Length, 1, KnowledgeCitation.NameMaxLength);
                    Assert.InRange(c.Abstract.Length, 1, KnowledgeCitation.AbstractMaxLength);
                });
                Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.Position));
            }
        }
    }

    [Fact]
    public void Answer_SourceWithShortTitle_CitesTheShortTitle()
    {
        var cited = new List<(KnowledgeCitation Citation, KnowledgeSource Source, KnowledgeLanguage Language)>();
        foreach (var question in KnowledgeEvaluation.LoadQuestions(KnowledgePaths.EvalSet))
        {
            foreach (var locale in new[] { "ja-JP", "en-US" })
            {
                var answer = _answerer.Answer(question.Question, locale);
                cited.AddRange(answer.Citations.Select(c => (c, real.Knowledge.FindSource(c.SourceId)!, answer.Language))
                    .Where(x => x.Item2.ShortTitle is not null));
            }
        }

        Assert.NotEmpty(cited);
        Assert.All(cited, x => Assert.Equal(x.Source.ShortTitle!.Get(x.Language), x.Citation.Name));
    }

    [Fact]
    public void Answer_CountermeasureOrPatternHit_ComposesBulletsWithCategoryTag()
    {
        var pattern = real.Knowledge.Lifecycle.SelectMany(s => s.Patterns).First();
        var answer = _answerer.Answer($"{pattern.Title.Ja} {pattern.Summary?.Ja}", "ja");

        Assert.True(answer.Found);
        if (answer.Kind == KnowledgeDocumentKind.Pattern)
        {
            Assert.Contains(KnowledgeTexts.WhatToDoFirst(KnowledgeLanguage.Japanese), answer.Text, StringComparison.Ordinal);
            Assert.Matches("- 【(組織的|人的|物理的|技術的|基本方針|取扱規程等|外的環境の把握)】", answer.Text);
        }
    }

    [Fact]
    public void Answer_Found_OffersRelatedIdsWithTitles()
    {
        var answer = _answerer.Answer("退職した人のマイナンバーはいつ削除する？", "ja");

        Assert.True(answer.Found);
        Assert.NotEmpty(answer.RelatedIds);
        Assert.DoesNotContain(answer.Id, answer.RelatedIds);
        Assert.All(answer.RelatedIds, id => Assert.NotNull(real.Knowledge.FindTitle(id, KnowledgeLanguage.Japanese)));
    }

    [Theory]
    [InlineData("マイナンバー", "en-US", KnowledgeLanguage.Japanese)]
    [InlineData("USBをなくした", "en-US", KnowledgeLanguage.Japanese)]
    [InlineData("leak", "ja-JP", KnowledgeLanguage.Japanese)]
    [InlineData("leak report", "ja-JP", KnowledgeLanguage.English)]
    [InlineData("leak report", null, KnowledgeLanguage.English)]
    [InlineData("漏えい", null, KnowledgeLanguage.Japanese)]
    [InlineData("12345", null, KnowledgeLanguage.Japanese)]
    [InlineData("12345", "EN", KnowledgeLanguage.English)]
    [InlineData("？", "en-US", KnowledgeLanguage.English)]
    [InlineData("what does the 事務取扱責任者 do", "ja-JP", KnowledgeLanguage.English)]
    [InlineData("扶養控除申告書 保管期間", "en-US", KnowledgeLanguage.Japanese)]
    public void LanguageOf_FollowsTextThenLocale(string question, string? locale, KnowledgeLanguage expected) =>
        Assert.Equal(expected, KnowledgeAnswerer.LanguageOf(question, locale));
}
