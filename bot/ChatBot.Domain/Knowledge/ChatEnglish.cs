using System.Text.RegularExpressions;

namespace ChatBot.Domain.Knowledge;

/// <summary>
/// English as people type it in chat: shorthand (docs, ppl, yrs, hdd) and common misspellings (pasword, realy) spelled
/// out before a question is analyzed. The knowledge is written in full words, so a shorthand matches nothing and a
/// misspelt word stems to a term no document holds; the question then ranks on its filler words.
/// </summary>
internal static partial class ChatEnglish
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["doc"] = "document", ["docs"] = "documents", ["ppl"] = "people", ["yr"] = "year", ["yrs"] = "years",
        ["biz"] = "business", ["info"] = "information", ["dept"] = "department", ["mgr"] = "manager", ["msg"] = "message",
        ["govt"] = "government", ["w/"] = "with", ["w/o"] = "without", ["b/c"] = "because", ["hq"] = "head office",
        ["hdd"] = "hard disk", ["hdds"] = "hard disks", ["ssd"] = "hard disk", ["smes"] = "sme", ["pw"] = "password",
        ["pwd"] = "password", ["pasword"] = "password", ["passwrd"] = "password", ["realy"] = "really", ["beeing"] = "being",
        ["copys"] = "copies", ["shoud"] = "should", ["wich"] = "which", ["recieve"] = "receive", ["recieved"] = "received",
        ["adress"] = "address", ["emplyee"] = "employee", ["emplyees"] = "employees", ["employe"] = "employee",
        ["delet"] = "delete", ["seperate"] = "separate", ["ex-staff"] = "former employees", ["exstaff"] = "former employees",
    };

    [GeneratedRegex(@"(?<![\w/])(?:w/o|w/|b/c|[a-z]+(?:-[a-z]+)?)(?![\w/])", RegexOptions.IgnoreCase)]
    private static partial Regex Word();

    public static string Normalize(string question) =>
        Word().Replace(question, m => Words.TryGetValue(m.Value, out var full) ? full : m.Value);

    [GeneratedRegex(@"\b(organ|author|minim|recogn|anonym|categor|util|summar|priorit|standard|optim|apolog|emphas|central|normal|custom|special|digit|final|real)is(e|ed|es|ing|ation|ations|ational)\b|\b(analy)s(e|ed|es|ing)\b|\b(licen)c(e)\b|\b(cent)r(e)s?\b|\b(behavio)u(r)", RegexOptions.IgnoreCase)]
    private static partial Regex British();

    /// <summary>
    /// British spellings in American (organisational → organizational, licence → license): the knowledge and its users
    /// write both, and the stemmer keeps them apart. Applied to indexed text and questions alike.
    /// </summary>
    public static string American(string text) =>
        British().Replace(text, m => m.Groups[1].Success ? $"{m.Groups[1].Value}iz{m.Groups[2].Value}"
            : m.Groups[3].Success ? $"{m.Groups[3].Value}z{m.Groups[4].Value}"
            : m.Groups[5].Success ? $"{m.Groups[5].Value}s{m.Groups[6].Value}"
            : m.Groups[7].Success ? $"{m.Groups[7].Value}er"
            : $"{m.Groups[9].Value}{m.Groups[10].Value}");
}
