using ChatBot.Domain.Incidents;

namespace ChatBot.Host.Features.Incidents;

/// <summary>
/// <see cref="LeakIntent"/> of a turn's text, classified once per request: the leak-report offer asks while routing and
/// the knowledge answer asks again, and a classification (a score of regular expressions) was a fifth of a knowledge turn.
/// </summary>
public sealed class TurnLeakIntent
{
    private string? _text;
    private LeakIntentResult? _result;

    public LeakIntentResult Of(string text)
    {
        if (_result is null || !string.Equals(_text, text, StringComparison.Ordinal))
        {
            _result = LeakIntent.Classify(text);
            _text = text;
        }

        return _result;
    }
}
