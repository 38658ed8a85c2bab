namespace ChatBot.Protocol.Schema;

/// <summary>Values of <c>activity.textFormat</c>.</summary>
public static class TextFormats
{
    public const string Markdown = "markdown";
    public const string Plain = "plain";
    public const string Xml = "xml";
}
