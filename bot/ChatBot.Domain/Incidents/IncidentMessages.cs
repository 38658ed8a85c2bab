using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Domain.Incidents;

/// <summary>The reasoning and warning templates of rules.yaml (<c>messages</c>), filled per language.</summary>
public sealed partial class IncidentMessages(IReadOnlyDictionary<string, LocalizedText> templates)
{
    /// <summary>Every key the classifier uses; the loader requires them all.</summary>
    public static readonly IReadOnlyList<string> RequiredKeys =
    [
        "kind", "suspected", "treated-as-loss", "treated-as-leak", "not-an-incident", "not-an-incident-but", "encrypted",
        "encryption-not-met", "criterion-matched", "wrongful-implied", "persons-counted", "persons-not-over", "mandatory",
        "best-effort", "preliminary", "final-days", "final", "final-rolled", "notify-required", "notify-best-effort",
        "contractor-released", "contractor-client-counts", "contractor-at-contractor", "warn-contractor-late",
        "warn-contractor-not-yet", "warn-estimate", "warn-estimate-range", "warn-persons-unknown", "warn-calendar",
        "warn-provisional", "also-consider", "closed-saturday", "closed-sunday", "closed-year-end", "closed-holiday",
    ];

    private static readonly string[] JaWeekdays = ["日", "月", "火", "水", "木", "金", "土"];

    public LocalizedText Template(string key) => templates[key];

    /// <summary>Fills <c>{name}</c> placeholders; a value may be a <see cref="LocalizedText"/>, a <see cref="DateOnly"/>,
    /// a list of <see cref="LocalizedText"/> or anything with a string form.</summary>
    public LocalizedText Format(string key, params (string Name, object? Value)[] values)
    {
        var template = templates[key];
        return new LocalizedText(Fill(template.Ja, values, english: false), Fill(template.En, values, english: true));
    }

    public static string FormatDate(DateOnly date, bool english) => english
        ? date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)
        : $"{date.Year}年{date.Month}月{date.Day}日（{JaWeekdays[(int)date.DayOfWeek]}）";

    private static string Fill(string template, (string Name, object? Value)[] values, bool english) =>
        Placeholder().Replace(template, m =>
        {
            var name = m.Groups[1].Value;
            foreach (var (n, v) in values)
            {
                if (n != name) continue;
                return v switch
                {
                    LocalizedText t => english ? t.En : t.Ja,
                    DateOnly d => FormatDate(d, english),
                    IEnumerable<LocalizedText> list => string.Join(english ? "; " : "、", list.Select(t => english ? t.En : t.Ja)),
                    null => "—",
                    _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
                };
            }
            return m.Value;
        });

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
