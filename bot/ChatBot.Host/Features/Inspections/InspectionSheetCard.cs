using System.Text.Json.Nodes;
using ChatBot.Domain.Inspections;
using ChatBot.Host.Features.Inspections.Resources;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.Inspections;

/// <summary>
/// The checklist card. Two views: the handler answers (save draft / submit), a reviewer approves or returns (each
/// reads the other's part). Nobody else gets the card (<see cref="InspectionViews"/>). <c>refresh.userIds</c> makes Teams ask for the invoking user's view
/// (<c>inspections.refresh</c>), so a stale card shows the current state when opened.
/// </summary>
public static class InspectionSheetCard
{
    public const string AnswerPrefix = "a_";
    public const string RemarksPrefix = "r_";
    public const string CommentInput = "comment";

    public static JsonObject Build(InspectionSheetView view)
    {
        var l = view.Locale;
        var sheet = view.Sheet;
        var editable = view.Viewer == InspectionViewer.Handler && sheet.IsEditable;
        var deciding = view.Viewer == InspectionViewer.Reviewer && sheet.Status == InspectionSheetStatus.Submitted;
        var body = new List<JsonNode?>
        {
            Heading(InspectionsTexts.Format("Card_Title", l, view.Campaign.Template.Title.For(l), view.Campaign.Key)),
            FactSet([
                (InspectionsTexts.Get("Card_Handler", l), view.HandlerName),
                (InspectionsTexts.Get("Card_Status", l), InspectionsTexts.Get("Status_" + sheet.Status, l)),
            ]),
        };
        if (sheet.Status == InspectionSheetStatus.Returned && !string.IsNullOrWhiteSpace(sheet.ReturnComment))
            body.Add(Container([Text(InspectionsTexts.Format("Card_ReturnComment", l, sheet.ReturnComment), bold: true)], style: "warning"));
        if (view.Notices is { Count: > 0 } notices)
            body.Add(Container(notices.Select(n => (JsonNode?)Text(n)), style: "attention"));
        if (editable) body.Add(Text(InspectionsTexts.Get("Card_HandlerHelp", l), subtle: true));

        foreach (var item in view.Campaign.Template.Items)
        {
            var answer = view.Typed?.GetValueOrDefault(item.Id) ?? sheet.AnswerTo(item.Id);
            body.Add(editable ? EditableItem(item, answer, l) : ReadOnlyItem(item, answer, l));
        }

        var data = new JsonObject { ["campaign"] = view.Campaign.Key, ["handler"] = sheet.HandlerAadObjectId, ["version"] = sheet.Version };
        var actions = new List<JsonNode?>();
        if (editable)
        {
            actions.Add(Execute(InspectionsTexts.Get("Action_Save", l), InspectionNames.SaveVerb, data.DeepClone().AsObject()));
            actions.Add(Execute(InspectionsTexts.Get("Action_Submit", l), InspectionNames.SubmitVerb, data.DeepClone().AsObject(), "positive"));
        }
        else if (deciding)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Input.Text", ["id"] = CommentInput, ["isMultiline"] = true, ["maxLength"] = InspectionRules.MaxCommentLength,
                ["label"] = InspectionsTexts.Get("Card_CommentLabel", l), ["value"] = "",
            });
            actions.Add(Execute(InspectionsTexts.Get("Action_Approve", l), InspectionNames.ApproveVerb, data.DeepClone().AsObject(), "positive"));
            actions.Add(Execute(InspectionsTexts.Get("Action_Return", l), InspectionNames.ReturnVerb, data.DeepClone().AsObject(), "destructive"));
        }
        actions.Add(Execute(InspectionsTexts.Get("Action_Refresh", l), InspectionNames.RefreshVerb, data.DeepClone().AsObject()));

        var card = Card(body, actions);
        card["refresh"] = Refresh(InspectionNames.RefreshVerb,
            new JsonObject { ["campaign"] = view.Campaign.Key, ["handler"] = sheet.HandlerAadObjectId }, view.RefreshUserIds);
        return card;
    }

    private static JsonObject EditableItem(InspectionItem item, InspectionItemAnswer answer, string? l) => Container(
    [
        Text($"{item.No}. {item.Text.For(l)}", bold: true),
        item.Guidance is null ? null : Text(item.Guidance.For(l), subtle: true, size: "Small"),
        new JsonObject
        {
            ["type"] = "Input.ChoiceSet", ["id"] = AnswerPrefix + item.Id, ["style"] = "expanded", ["isMultiSelect"] = false,
            ["value"] = answer.Answer?.ToDb() ?? "",
            ["choices"] = new JsonArray(
                Choice(InspectionsTexts.Get("Answer_Yes", l), InspectionAnswer.Yes),
                Choice(InspectionsTexts.Get("Answer_No", l), InspectionAnswer.No),
                Choice(InspectionsTexts.Get("Answer_NotApplicable", l), InspectionAnswer.NotApplicable)),
        },
        new JsonObject
        {
            ["type"] = "Input.Text", ["id"] = RemarksPrefix + item.Id, ["maxLength"] = InspectionRules.MaxRemarksLength,
            ["placeholder"] = InspectionsTexts.Get("Card_RemarksPlaceholder", l), ["value"] = answer.Remarks,
        },
    ], separator: true);

    private static JsonObject ReadOnlyItem(InspectionItem item, InspectionItemAnswer answer, string? l)
    {
        var label = answer.Answer is { } a ? InspectionsTexts.Get("Answer_" + a, l) : InspectionsTexts.Get("Answer_None", l);
        var line = string.IsNullOrWhiteSpace(answer.Remarks) ? label : $"{label} — {answer.Remarks}";
        return Container([Text($"{item.No}. {item.Text.For(l)}"), Text(line, bold: answer.Answer == InspectionAnswer.No)], separator: true);
    }

    private static JsonObject Choice(string title, InspectionAnswer answer) => new() { ["title"] = title, ["value"] = answer.ToDb() };
}
