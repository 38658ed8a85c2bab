using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Protocol.Cards;

/// <summary>
/// The <c>data</c> of an <c>Action.Execute</c>: what the bot put on the card merged with the user's inputs. The client
/// sends all of it, so nothing here is trusted, and this is the one way to read it. Each read names the type it needs;
/// a required value that is missing, a value of another JSON type, or a number outside <see cref="int"/> throws
/// <see cref="InvalidCardDataException"/>, which the router answers with a 400 card error (never a 500).
/// </summary>
/// <remarks>
/// Two kinds of values: what the bot wrote on the card (ids, versions) keeps its JSON type, so it is read strictly
/// (<see cref="RequiredString"/>, <see cref="RequiredInt"/>…); what the user typed is an input, sent as a string by most
/// clients but as a number or boolean by some (an <c>Input.Number</c>), so <see cref="OptionalInput"/> takes any scalar
/// as text and refuses only arrays and objects.
/// </remarks>
public sealed class CardData
{
    private readonly JsonObject _data;

    public CardData(JsonObject data) => _data = data;

    public static CardData Empty => new([]);

    /// <summary>The names present (for inputs with a common prefix, e.g. one per checklist item).</summary>
    public IReadOnlyList<string> Names => [.. _data.Select(p => p.Key)];

    /// <summary>A string the bot wrote; null when absent or JSON null.</summary>
    public string? OptionalString(string name) => _data[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw new InvalidCardDataException(name, CardDataProblem.WrongType),
    };

    /// <summary>A string the bot wrote; absent, null or blank is refused.</summary>
    public string RequiredString(string name) =>
        OptionalString(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value : throw new InvalidCardDataException(name, CardDataProblem.Missing);

    /// <summary>A whole number the bot wrote (a version); null when absent or JSON null. Quoted numbers are refused.</summary>
    public int? OptionalInt(string name) => _data[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number =>
            v.TryGetValue<int>(out var number) ? number : throw new InvalidCardDataException(name, CardDataProblem.OutOfRange),
        _ => throw new InvalidCardDataException(name, CardDataProblem.WrongType),
    };

    public int RequiredInt(string name) => OptionalInt(name) ?? throw new InvalidCardDataException(name, CardDataProblem.Missing);

    /// <summary>What the user typed into an input, as text; null when absent or JSON null.</summary>
    public string? OptionalInput(string name) => _data[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.Number => v.ToJsonString(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
        _ => throw new InvalidCardDataException(name, CardDataProblem.WrongType),
    };

    /// <summary>Every input whose name starts with <paramref name="prefix"/>: the rest of its name and its text.</summary>
    public IEnumerable<(string Suffix, string? Value)> InputsStartingWith(string prefix) =>
        Names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => (n[prefix.Length..], OptionalInput(n))).ToList();
}
