using System.Text.Json.Nodes;
using ChatBot.Domain.Lifecycle;
using ChatBot.Domain.Organization;
using ChatBot.Host.Organization;
using static ChatBot.Host.Cards.CardElements;

namespace ChatBot.Host.Features.Lifecycle;

// Learning mode (issue 14 §4): an employee the organization file does not list may walk the guide to learn instead of
// being refused. The dialog is stored, flagged Learning, because every click is checked against the stored owner and
// version (the card is never trusted, and resume works); the flag keeps it out of everything that treats a dialog as an
// assessment: the managers' list (ListFinishedAsync), the workbook download, corrective actions from its gaps.
public sealed partial class LifecycleFeature
{
    /// <summary>Decided when a dialog starts, from the organization file; a dialog keeps it even if the file changes later.</summary>
    private static bool IsLearner(OrganizationModel org, string owner) => org.FindPerson(owner) is null;

    /// <summary>Every card of a learning dialog says so first, and who registers handlers (named from the organization file).</summary>
    private JsonObject WithLearningNotice(JsonObject card, AssessmentDialog dialog, string? locale)
    {
        if (!dialog.Learning || card["body"] is not JsonArray body) return card;
        var (role, people) = OrganizationContacts.Registrars(organization.Current);
        body.Insert(0, Container(
        [
            Text(LifecycleTexts.Get("Learning_Title", locale), bold: true),
            Text(LifecycleTexts.Format("Learning_Text", locale, RoleNames.WithPeople(role, people, locale)), size: "Small"),
        ], style: "accent"));
        return card;
    }
}
