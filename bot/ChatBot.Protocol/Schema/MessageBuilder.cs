using System.Text.Json.Nodes;
using ChatBot.Protocol.Cards;

namespace ChatBot.Protocol.Schema;

/// <summary>
/// Builds outbound activities. Each builder starts from a fresh <see cref="Activity"/>, so the inbound
/// activity is never mutated; addressing (conversation, from, recipient) is filled in by the sender.
/// </summary>
public sealed class MessageBuilder
{
    private readonly Activity _activity = new() { Type = ActivityTypes.Message };
    private bool _feedback;
    private List<Citation>? _citations;
    private bool _aiGenerated;

    /// <summary>A markdown text message.</summary>
    public static MessageBuilder Text(string text) => new MessageBuilder().WithText(text);

    /// <summary>A message holding one Adaptive Card. Send text separately: Teams splits text+card and returns no id.</summary>
    public static MessageBuilder Card(JsonObject card) => new MessageBuilder().WithAdaptiveCard(card);

    /// <summary>The typing indicator.</summary>
    public static Activity Typing() => new() { Type = ActivityTypes.Typing };

    public MessageBuilder WithText(string text, string textFormat = TextFormats.Markdown)
    {
        _activity.Text = text;
        _activity.TextFormat = textFormat;
        return this;
    }

    public MessageBuilder WithLocale(string? locale)
    {
        _activity.Locale = locale;
        return this;
    }

    /// <summary>Shown in notifications and chat lists instead of "Card"; useful with card-only messages.</summary>
    public MessageBuilder WithSummary(string? summary)
    {
        _activity.Summary = summary;
        return this;
    }

    /// <summary>Adds an Adaptive Card attachment (a copy of <paramref name="card"/>).</summary>
    public MessageBuilder WithAdaptiveCard(JsonObject card)
    {
        (_activity.Attachments ??= []).Add(new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card.DeepClone() });
        return this;
    }

    /// <summary>Buttons that send their text back as the user's message (at most three are shown).</summary>
    public MessageBuilder WithSuggestedActions(IEnumerable<string> texts)
    {
        var actions = texts.Select(t => new CardAction { Title = t, Value = t }).ToList();
        _activity.SuggestedActions = actions.Count == 0 ? null : new SuggestedActions { Actions = actions };
        return this;
    }

    public MessageBuilder ReplyTo(string? activityId)
    {
        _activity.ReplyToId = activityId;
        return this;
    }

    /// <summary>Adds the citations and, when <paramref name="aiGenerated"/>, the "AI generated" label; at most 20 are kept.</summary>
    public MessageBuilder WithCitations(IEnumerable<Citation> citations, bool aiGenerated)
    {
        (_citations ??= []).AddRange(citations);
        _aiGenerated |= aiGenerated;
        return this;
    }

    /// <summary>Labels the message as AI generated without citations.</summary>
    public MessageBuilder WithAiLabel() => WithCitations([], aiGenerated: true);

    /// <summary>Shows like/dislike buttons; clicks arrive as the <c>message/submitAction</c> invoke.</summary>
    public MessageBuilder WithFeedbackLoop()
    {
        _feedback = true;
        return this;
    }

    public Activity Build()
    {
        if (_citations is not null)
        {
            // Teams rejects a second root schema.org/Message entity with 400; replace rather than add.
            _activity.Entities ??= [];
            _activity.Entities.RemoveAll(e => e.Type == EntityTypes.AiMessage);
            _activity.Entities.Add(CitationEntity.Create(_citations, _aiGenerated));
        }

        if (_feedback)
        {
            // Only the older boolean form: sending it together with channelData.feedbackLoop is rejected.
            _activity.ChannelData ??= [];
            _activity.ChannelData.Remove("feedbackLoop");
            _activity.ChannelData["feedbackLoopEnabled"] = true;
        }

        return _activity;
    }
}
