using YamlDotNet.RepresentationModel;

namespace ChatBot.Domain.Knowledge;

/// <summary>
/// One parsed YAML file of the knowledge folder and typed reads from its nodes that record a problem
/// (<c>file: field.path: problem (line n)</c>) instead of throwing, so that all problems are collected.
/// </summary>
internal sealed class YamlFile
{
    private readonly List<string> _errors;

    public YamlFile(string path, YamlNode? root, List<string> errors)
    {
        Path = path;
        Root = root;
        _errors = errors;
    }

    /// <summary>Path under the knowledge root with forward slashes, e.g. <c>entries/incidents.yaml</c>.</summary>
    public string Path { get; }

    public YamlNode? Root { get; }

    public void Error(string field, string problem, YamlNode? at = null) =>
        _errors.Add($"{Path}: {(field.Length == 0 ? "(root)" : field)}: {problem}{Line(at)}");

    public static string Line(YamlNode? node) =>
        node is null || node.Start.Line <= 0 ? "" : $" (line {node.Start.Line})";

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static bool IsNull(YamlNode? node) =>
        node is null || (node is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain
            && (s.Value is null || s.Value.Length == 0 || s.Value is "~" or "null" or "Null" or "NULL"));

    public YamlMappingNode? Mapping(YamlNode? node, string field, bool required = true)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        if (IsNull(node))
        {
            if (required)
            {
                Error(field, "required field is missing", node);
            }

            return null;
        }

        Error(field, "expected a mapping", node);
        return null;
    }

    public string? Scalar(YamlMappingNode map, string key, string path, bool required = true)
    {
        var node = Get(map, key);
        var field = Join(path, key);
        if (IsNull(node))
        {
            if (required)
            {
                Error(field, "required field is missing", node ?? map);
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(field, "expected a single value", node);
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Error(field, "required field is empty", node);
            }

            return null;
        }

        return value;
    }

    public int? Integer(YamlMappingNode map, string key, string path)
    {
        var text = Scalar(map, key, path, required: false);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Error(Join(path, key), $"expected a whole number, found '{text}'", Get(map, key));
        return null;
    }

    /// <summary>A calendar date written <c>yyyy-MM-dd</c> (a day, not an instant: no time zone applies).</summary>
    public DateOnly? Date(YamlMappingNode map, string key, string path, bool required = true)
    {
        var text = Scalar(map, key, path, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(Join(path, key), $"expected a date yyyy-MM-dd, found '{text}'", Get(map, key));
        return null;
    }

    /// <summary>A <c>{ ja, en }</c> text; both languages are required when the field is present (or required).</summary>
    public LocalizedText? Text(YamlMappingNode map, string key, string path, bool required = true)
    {
        var node = Get(map, key);
        var field = Join(path, key);
        if (IsNull(node))
        {
            if (required)
            {
                Error(field, "required field is missing", node ?? map);
            }

            return null;
        }

        if (node is not YamlMappingNode text)
        {
            Error(field, "expected a text in two languages { ja: ..., en: ... }", node);
            return null;
        }

        var ja = Language(text, "ja", field, "Japanese");
        var en = Language(text, "en", field, "English");
        return ja is null || en is null ? null : new LocalizedText(ja, en);
    }

    /// <summary>A mapping that itself holds <c>ja</c> and <c>en</c> (e.g. a glossary term).</summary>
    public LocalizedText? TextOf(YamlMappingNode map, string path)
    {
        var ja = Language(map, "ja", path, "Japanese");
        var en = Language(map, "en", path, "English");
        return ja is null || en is null ? null : new LocalizedText(ja, en);
    }

    private string? Language(YamlMappingNode text, string key, string field, string name)
    {
        var node = Get(text, key);
        if (IsNull(node) || node is not YamlScalarNode { Value: { } value } || value.Trim().Length == 0)
        {
            Error(Join(field, key).TrimStart('.'), node is null or YamlScalarNode ? $"the {name} text is missing" : $"the {name} text must be a string", node ?? text);
            return null;
        }

        return value.Trim();
    }

    /// <summary>A list of strings, written as a sequence or a single value; empty when absent.</summary>
    public IReadOnlyList<string> Strings(YamlMappingNode map, string key, string path)
    {
        var node = Get(map, key);
        return Strings(node, Join(path, key));
    }

    public IReadOnlyList<string> Strings(YamlNode? node, string field)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode when IsNull(node):
                return [];
            case YamlScalarNode { Value: { } value }:
                return [value.Trim()];
            case YamlSequenceNode seq:
                var list = new List<string>(seq.Children.Count);
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    if (seq.Children[i] is YamlScalarNode { Value: { } item } && item.Trim().Length > 0)
                    {
                        list.Add(item.Trim());
                    }
                    else
                    {
                        Error($"{field}[{i}]", "expected a non-empty string", seq.Children[i]);
                    }
                }

                return list;
            default:
                Error(field, "expected a list of strings", node);
                return [];
        }
    }

    /// <summary>The mappings of a sequence field with their field paths (<c>key[i]</c>).</summary>
    public IReadOnlyList<(YamlMappingNode Node, string Path)> Items(YamlMappingNode map, string key, string path, bool required = false)
    {
        var node = Get(map, key);
        return Items(node, Join(path, key), required, map);
    }

    public IReadOnlyList<(YamlMappingNode Node, string Path)> Items(YamlNode? node, string field, bool required, YamlNode? parent = null)
    {
        if (IsNull(node))
        {
            if (required)
            {
                Error(field, "required list is missing", node ?? parent);
            }

            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            Error(field, "expected a list", node);
            return [];
        }

        var items = new List<(YamlMappingNode, string)>(seq.Children.Count);
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlMappingNode item)
            {
                items.Add((item, $"{field}[{i}]"));
            }
            else
            {
                Error($"{field}[{i}]", "expected a mapping", seq.Children[i]);
            }
        }

        return items;
    }

    /// <summary>A <c>sources</c> list of <c>{ source, section }</c>; the ids are checked against sources.yaml elsewhere.</summary>
    public IReadOnlyList<SourceCitation> Sources(YamlMappingNode map, string key, string path, bool required)
    {
        var list = new List<SourceCitation>();
        var node = Get(map, key);
        if (node is YamlMappingNode single)
        {
            AddSource(single, Join(path, key), list);
            return list;
        }

        var items = Items(node, Join(path, key), required, map);
        if (required && node is YamlSequenceNode { Children.Count: 0 })
        {
            Error(Join(path, key), "at least one source is required", node);
        }

        foreach (var (item, itemPath) in items)
        {
            AddSource(item, itemPath, list);
        }

        return list;
    }

    private void AddSource(YamlMappingNode item, string itemPath, List<SourceCitation> list)
    {
        var id = Scalar(item, "source", itemPath);
        var section = Scalar(item, "section", itemPath, required: false);
        if (id is not null)
        {
            list.Add(new SourceCitation(id, section));
        }
    }
}
