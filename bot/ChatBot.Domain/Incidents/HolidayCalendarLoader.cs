using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Incidents;

/// <summary>Reads and validates knowledge/incidents/holidays.yaml; every problem names the file and the field.</summary>
public static class HolidayCalendarLoader
{
    public static HolidayCalendar Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static HolidayCalendar Parse(string yaml, string fileName)
    {
        var y = new YamlFields(fileName);
        var root = y.Root(yaml);
        if (root is null) throw new IncidentDataException(y.Errors);

        var covers = y.Map(root, "", "covers");
        var from = y.Date(covers, "covers", "from");
        var to = y.Date(covers, "covers", "to");
        if (from is { } f && to is { } t && t < f) y.Error("covers.to", "must not be before covers.from");

        var yearEnd = y.Map(root, "", "year_end");
        var yearEndFrom = MonthDay(y, yearEnd, "year_end", "from");
        var yearEndTo = MonthDay(y, yearEnd, "year_end", "to");

        var holidays = new Dictionary<DateOnly, LocalizedText>();
        var items = y.Seq(root, "", "holidays");
        for (var i = 0; i < items.Count; i++)
        {
            var field = $"holidays[{i}]";
            if (items[i] is not YamlMappingNode item) { y.Error(field, "must be { date, name }"); continue; }
            var date = y.Date(item, field, "date");
            var name = y.Text(item, field, "name");
            if (date is not { } d) continue;
            if (!holidays.TryAdd(d, name)) y.Error($"{field}.date", $"{d:yyyy-MM-dd} is listed twice");
            if (from is { } cf && to is { } ct && (d < cf || d > ct)) y.Error($"{field}.date", $"{d:yyyy-MM-dd} is outside covers");
        }

        var provisional = new HashSet<DateOnly>();
        var provisionalItems = y.Seq(root, "", "provisional_dates", required: false);
        for (var i = 0; i < provisionalItems.Count; i++)
        {
            if (y.Date(provisionalItems[i], $"provisional_dates[{i}]") is not { } d) continue;
            if (!holidays.ContainsKey(d)) y.Error($"provisional_dates[{i}]", $"{d:yyyy-MM-dd} is not in holidays");
            provisional.Add(d);
        }

        if (y.Errors.Count > 0) throw new IncidentDataException(y.Errors);
        return new HolidayCalendar(holidays, from!.Value, to!.Value, yearEndFrom!.Value, yearEndTo!.Value, provisional);
    }

    private static (int, int)? MonthDay(YamlFields y, YamlMappingNode? map, string path, string key)
    {
        var text = y.String(map, path, key);
        if (text is null) return null;
        if (DateOnly.TryParseExact("2000-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return (d.Month, d.Day);
        y.Error(YamlFields.Join(path, key), $"'{text}' must be a month and day MM-DD");
        return null;
    }
}
