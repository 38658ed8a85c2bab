using System.Text.RegularExpressions;

namespace ChatBot.Domain.Incidents;

public static partial class LeakIntent
{
    /// <summary>Sentences, each keeping its end mark (。 ! ? or a line break) so a question stays recognizable.</summary>
    private static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] is '。' or '!' or '?' or '\n' || (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!end) continue;
            // Runs of marks (?!, !!) stay with their sentence.
            while (i + 1 < text.Length && text[i + 1] is '。' or '!' or '?' or '.') i++;
            Add(text[start..(i + 1)]);
            start = i + 1;
        }
        Add(text[start..]);
        return sentences;

        void Add(string sentence)
        {
            if (!string.IsNullOrWhiteSpace(sentence)) sentences.Add(sentence.Trim());
        }
    }

    /// <summary>Clauses at commas: 「紛失しました、どうすれば?」 is a statement followed by a question.</summary>
    private static List<string> Clauses(string sentence) =>
        [.. sentence.Split(['、', ',', ';', ':', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(c => c.Length > 0)];

    /// <summary>
    /// An event in a clause that ends in a te-form or a bare stem (間違えて、 / 盗難にあい、) has no predicate of its own: it
    /// runs into the next clause. Either the next clause completes it (宛先を間違えて、…送信しました), or, when the next clause
    /// tells something, the event shares its past (盗難にあい、車内に書類がありました).
    /// </summary>
    private static string? RunOnEvent(List<string> clauses, int i, bool asks, bool sensitive)
    {
        if (i == clauses.Count - 1 || !LeakPatterns.JapaneseRunOn.IsMatch(clauses[i])) return null;
        var next = clauses[i + 1];
        if (LeakPatterns.JapaneseOpener.IsMatch(next) || LeakPatterns.JapaneseCondition.IsMatch(next)) return null;
        var nextStrict = asks && i + 1 == clauses.Count - 1;
        if (JapaneseEvent(clauses[i] + next, nextStrict, sensitive) is { } joined) return joined;
        var nextTold = LeakPatterns.JapaneseCompletion.Matches(next).Any(c => Told(next, c.Index + c.Length, nextStrict));
        // The past of the next clause lent to this one: the clause is read as if it ended in 〜た.
        return nextTold ? JapaneseEvent(clauses[i] + "た", strict: false, sensitive) : null;
    }

    /// <summary>
    /// 「PC盗難。人事データあり」: a sentence that is only a leak noun, followed by more, in a message that asks nothing, is a
    /// report in headline style. A lone 「USB紛失」 stays a question: it may be a search.
    /// </summary>
    private static string? Headline(List<string> sentences)
    {
        if (sentences.Count < 2 || sentences.Any(AsksSomething)) return null;
        foreach (var sentence in sentences)
            if (LeakPatterns.JapaneseHeadline.Match(sentence.TrimEnd('。', '!', '.', ' ')) is { Success: true } noun) return $"ja headline: {noun.Value}";
        return null;
    }

    /// <summary>
    /// 「漏洩の報告ってここからできますか？さっき総務で起きたやつです」: a leak word anywhere, and a sentence that asks nothing
    /// and is not about another company telling that something happened.
    /// </summary>
    private static string? Occurrence(List<string> sentences, string text)
    {
        if (!LeakPatterns.Topic.IsMatch(text)) return null;
        foreach (var sentence in sentences)
        {
            if (AsksSomething(sentence) || LeakPatterns.JapaneseOpener.IsMatch(sentence) || LeakPatterns.EnglishHypothetical.IsMatch(sentence)) continue;
            foreach (Match ja in LeakPatterns.JapaneseOccurrence.Matches(sentence))
                if (Told(sentence, ja.Index + ja.Length, strict: false)) return $"ja occurrence: {ja.Value}";
            if (LeakPatterns.EnglishOccurrence.Match(sentence) is { Success: true } en) return $"en occurrence: {en.Value}";
        }
        return null;
    }

    /// <summary>Whether the sentence asks: a question mark, a Japanese asking ending or cue, an English question word first.</summary>
    private static bool AsksSomething(string sentence)
    {
        var body = sentence.TrimEnd('。', '.', '!', ' ', '…', 'w', '笑');
        if (body.EndsWith('?')) return true;
        if (LeakPatterns.JapaneseAskingEnd.IsMatch(body) || LeakPatterns.JapaneseQuestion.IsMatch(body)) return true;
        return LeakPatterns.EnglishQuestionOpener.IsMatch(body);
    }
}
