using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Incidents;

/// <summary>Reads a YAML tree field by field and records each problem as <c>file: field.path: problem</c>.</summary>
internal sealed class YamlFields(string fileName)
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public void Error(string field, string problem) => _errors.Add($"{fileName}: {field}: {problem}");

    public YamlMappingNode? Root(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Error("(root)", "must be a mapping");
                return null;
            }
            return root;
        }
        catch (YamlException e)
        {
            _errors.Add($"{fileName}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
            return null;
        }
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static YamlNode? Get(YamlMappingNode? map, string key) =>
        map is not null && map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public YamlMappingNode? Map(YamlMappingNode? map, string path, string key, bool required = true)
    {
        var node = Get(map, key);
        if (node is YamlMappingNode m) return m;
        if (node is not null && !IsNull(node)) Error(Join(path, key), "must be a mapping");
        else if (required && map is not null) Error(Join(path, key), "is required");
        return null;
    }

    public IReadOnlyList<YamlNode> Seq(YamlMappingNode? map, string path, string key, bool required = true)
    {
        var node = Get(map, key);
        if (node is YamlSequenceNode s) return s.Children.ToList();
        if (node is not null && !IsNull(node)) Error(Join(path, key), "must be a list");
        else if (required && map is not null) Error(Join(path, key), "is required");
        return [];
    }

    public string? String(YamlMappingNode? map, string path, string key, bool required = true)
    {
        var node = Get(map, key);
        if (node is YamlScalarNode { Value: { Length: > 0 } v } s && !IsNull(s)) return v;
        if (node is not null && node is not YamlScalarNode) Error(Join(path, key), "must be a text");
        else if (required && map is not null) Error(Join(path, key), "is required");
        return null;
    }

    public int? Int(YamlMappingNode? map, string path, string key, bool required = true, int min = int.MinValue)
    {
        var text = String(map, path, key, required);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Error(Join(path, key), "must be a number");
            return null;
        }
        if (value < min)
        {
            Error(Join(path, key), $"must be at least {min}");
            return null;
        }
        return value;
    }

    public bool? Bool(YamlMappingNode? map, string path, string key, bool required = true)
    {
        var text = String(map, path, key, required);
        if (text is null) return null;
        if (bool.TryParse(text, out var value)) return value;
        Error(Join(path, key), "must be true or false");
        return null;
    }

    public DateOnly? Date(YamlMappingNode? map, string path, string key, bool required = true)
    {
        var text = String(map, path, key, required);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Error(Join(path, key), $"'{text}' must be a date yyyy-mm-dd");
        return null;
    }

    public DateOnly? Date(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Error(field, "must be a date yyyy-mm-dd");
        return null;
    }

    /// <summary>A <c>{ ja, en }</c> object; both languages are required.</summary>
    public LocalizedText Text(YamlMappingNode? map, string path, string key, bool required = true)
    {
        var node = Get(map, key);
        if (node is null || IsNull(node))
        {
            if (required && map is not null) Error(Join(path, key), "is required");
            return new LocalizedText("", "");
        }
        return Text(node, Join(path, key));
    }

    public LocalizedText Text(YamlNode node, string field)
    {
        if (node is not YamlMappingNode map)
        {
            Error(field, "must be { ja, en }");
            return new LocalizedText("", "");
        }
        var ja = Get(map, "ja") is YamlScalarNode { Value: { Length: > 0 } j } ? j : null;
        var en = Get(map, "en") is YamlScalarNode { Value: { Length: > 0 } e } ? e : null;
        if (ja is null || en is null) Error(field, "needs both ja and en");
        return new LocalizedText(ja ?? en ?? "", en ?? ja ?? "");
    }

    /// <summary>A list of names, each one of <paramref name="allowed"/>.</summary>
    public List<T> Names<T>(YamlMappingNode? map, string path, string key, IReadOnlyDictionary<string, T> allowed, bool required = true)
    {
        var result = new List<T>();
        var items = Seq(map, path, key, required);
        for (var i = 0; i < items.Count; i++)
        {
            var field = $"{Join(path, key)}[{i}]";
            if (items[i] is YamlScalarNode { Value: { } name } && allowed.TryGetValue(name, out var value)) result.Add(value);
            else Error(field, $"'{(items[i] as YamlScalarNode)?.Value}' is not one of {string.Join(", ", allowed.Keys)}");
        }
        return result;
    }

    public T? Name<T>(YamlMappingNode? map, string path, string key, IReadOnlyDictionary<string, T> allowed, bool required = true)
        where T : struct
    {
        var text = String(map, path, key, required);
        if (text is null) return null;
        if (allowed.TryGetValue(text, out var value)) return value;
        Error(Join(path, key), $"'{text}' is not one of {string.Join(", ", allowed.Keys)}");
        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
