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
}
