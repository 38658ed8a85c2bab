using System.Text.RegularExpressions;

namespace ChatBot.Domain.Knowledge;

/// <summary>
/// The words nearly every question here contains: 「マイナンバー」, "my number". They tell nothing about which entry is
/// meant, yet a long katakana word is five bigrams and would outweigh the words that do tell (郵送, 廃棄, leaving).
/// Ranking leaves them out, unless nothing else is left; whether to answer at all still weighs the whole question.
/// </summary>
internal static partial class DomainWords
{
    [GeneratedRegex(@"まいなんばー|マイナンバー|ﾏｲﾅﾝﾊﾞｰ|個人番号|\bmy\s*numbers?\b|\bindividual\s+numbers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ubiquitous();

    [GeneratedRegex(@"まいなんばー|マイナンバー|ﾏｲﾅﾝﾊﾞｰ|個人番号|マイナ|まいな|\bmy\s*numbers?\b|\bmyna|\bindividual\s+numbers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MyNumberNamed();

    /// <summary>Whether the question names My Number at all (マイナカード, マイナ保険証 included).</summary>
    public static bool Mentions(string question) => MyNumberNamed().IsMatch(question);

    public static string Strip(string question)
    {
        var stripped = Ubiquitous().Replace(question, " ");
        return stripped.Count(char.IsLetter) >= 2 ? stripped : question;
    }
}
