using System.Text.Json.Nodes;
using ChatBot.Domain.Lifecycle;
using ChatBot.Protocol.Cards;

namespace ChatBot.Host.Features.Lifecycle;

/// <summary>The guide's <c>Action.Execute</c> verbs and the data every action carries: the dialog id and the version the card showed.</summary>
public static class LifecycleVerbs
{
    public const string Step = "lifecycle.step";
    public const string Pattern = "lifecycle.pattern";
    public const string Next = "lifecycle.next";
    public const string Back = "lifecycle.back";
    public const string Skip = "lifecycle.skip";
    public const string Cancel = "lifecycle.cancel";
    public const string Resume = "lifecycle.resume";
    public const string Restart = "lifecycle.restart";
    public const string Report = "lifecycle.report";
    public const string CreateAction = "lifecycle.action";

    public const string DialogIdKey = "dialogId";
    public const string VersionKey = "version";
    public const string AnswerPrefix = "answer.";
    public const string NotePrefix = "note.";
    public const string SmeInput = "sme";
    public const string OwnerPrefix = "owner.";
    public const string DuePrefix = "due.";

    public static JsonObject Data(AssessmentDialog dialog, params (string Key, string Value)[] extra)
    {
        var data = new JsonObject { [DialogIdKey] = dialog.Id, [VersionKey] = dialog.Version };
        foreach (var (key, value) in extra) data[key] = value;
        return data;
    }

    /// <summary>The dialog the card shows (every action carries it).</summary>
    public static string DialogId(CardData data) => data.RequiredString(DialogIdKey);

    /// <summary>The dialog version the card showed (every action that changes the dialog checks it).</summary>
    public static int Version(CardData data) => data.RequiredInt(VersionKey);
}
