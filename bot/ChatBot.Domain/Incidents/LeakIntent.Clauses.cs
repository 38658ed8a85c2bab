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

    /// <summary>Whether the sentence asks: a question mark, a Japanese asking ending or cue, an English question word first.</summary>
    private static bool AsksSomething(string sentence)
    {
        var body = sentence.TrimEnd('。', '.', '!', ' ', '…', 'w', '笑');
        if (body.EndsWith('?')) return true;
        if (LeakPatterns.JapaneseAskingEnd.IsMatch(body) || LeakPatterns.JapaneseQuestion.IsMatch(body)) return true;
        return LeakPatterns.EnglishQuestionOpener.IsMatch(body);
    }
}
