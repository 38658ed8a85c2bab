using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Domain.Privacy;
using ChatBot.Protocol.Schema;

namespace ChatBot.Host.Privacy;

/// <summary>
/// Masks My Numbers in everything a user can type into an activity (message text, card inputs in
/// <c>value</c>, their display name) before any handler, store or log sees it. Message text is read as the
/// continuation of the sender's previous message (see <see cref="SplitNumberWindow"/>), and digits it ends with
/// are held back (<see cref="MyNumberGuard.HeldBackDigits"/>).
/// </summary>
public static class InboundGuard
{
    /// <returns>How many numbers were masked.</returns>
    /// <remarks>A masked display name is not counted: the user typed nothing now, so there is nothing to tell them.</remarks>
    public static int Apply(Activity activity, SplitNumberWindow window)
    {
        if (activity.From is { Name: { } name }) activity.From.Name = MyNumberGuard.Mask(name).Text;
        var masked = 0;
        if (activity.Text is { } text)
        {
            if (activity.Type == ActivityTypes.Message)
            {
                var sender = Sender(activity);
                var mentions = LeadingMentionsLength(text);
                var result = MyNumberGuard.MaskMessage(text[mentions..], sender is null ? string.Empty : window.Take(sender));
                if (sender is not null) window.Keep(sender, result.CarriedDigits);
                activity.Text = MyNumberGuard.Mask(text[..mentions]).Text + result.Text;
                masked += result.MaskedCount;
            }
            else
            {
                var result = MyNumberGuard.Mask(text);
                activity.Text = result.Text;
                masked += result.MaskedCount;
            }
        }

        if (activity.Value is { ValueKind: JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.String } value)
        {
            var node = JsonNode.Parse(value.GetRawText());
            var count = MaskStrings(ref node);
            if (count > 0)
            {
                activity.Value = JsonSerializer.SerializeToElement(node);
                masked += count;
            }
        }
        return masked;
    }

    private static string? Sender(Activity activity) =>
        activity.Conversation?.Id is { Length: > 0 } conversation && activity.From?.Id is { Length: > 0 } from ? conversation + "\n" + from : null;

    // In a channel Teams puts "<at>Bot</at>" before what the user typed: a continued number starts after it.
    private static int LeadingMentionsLength(string text)
    {
        var length = 0;
        while (true)
        {
            var start = length;
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
            if (!text.AsSpan(start).StartsWith("<at>", StringComparison.OrdinalIgnoreCase)) return length;
            var end = text.IndexOf("</at>", start, StringComparison.OrdinalIgnoreCase);
            if (end < 0) return length;
            length = end + "</at>".Length;
        }
    }

    private static int MaskStrings(ref JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var total = 0;
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    var child = obj[key];
                    total += MaskStrings(ref child);
                    // Only a masked value is a new node; a container was masked in place and still sits in its slot
                    // (setting it again would throw: it already has a parent).
                    if (!ReferenceEquals(child, obj[key])) obj[key] = child;
                }
                return total;
            case JsonArray array:
                var sum = 0;
                for (var i = 0; i < array.Count; i++)
                {
                    var child = array[i];
                    sum += MaskStrings(ref child);
                    if (!ReferenceEquals(child, array[i])) array[i] = child;
                }
                return sum;
            case JsonValue v when v.TryGetValue<string>(out var s):
                var result = MyNumberGuard.Mask(s);
                if (result.Masked) node = JsonValue.Create(result.Text);
                return result.MaskedCount;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                // An Input.Number holding a 12-digit number arrives as a JSON number.
                var digits = v.ToJsonString();
                if (!MyNumberGuard.Mask(digits).Masked) return 0;
                node = JsonValue.Create(new string(MyNumberGuard.MaskChar, digits.Length));
                return 1;
            default:
                return 0;
        }
    }
}
