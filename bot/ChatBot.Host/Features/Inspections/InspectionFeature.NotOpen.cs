using ChatBot.Domain.Inspections;
using ChatBot.Domain.Organization;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Inspections.Resources;
using ChatBot.Host.Organization;

namespace ChatBot.Host.Features.Inspections;

// What 点検 says besides the cards (issue 14 §4): when no campaign is open, when the next one opens and who may open one
// now; to a manager who is also a handler, who decides their own sheet.
public sealed partial class InspectionFeature
{
    /// <summary>
    /// The next opening from the same calendar that seeds the open timer (InspectionScheduler), in Japan time; if this
    /// quarter's opening already passed with no campaign (the bot was not running), that is said too. Who may open one
    /// now are the people <see cref="InspectionRules.MayOpenCampaign"/> lets, named from the organization file.
    /// </summary>
    private string NotOpenText(string? actor, string? locale)
    {
        var now = time.GetUtcNow();
        var calendar = campaigns.Calendar;
        var thisQuarter = FiscalQuarter.Current(time);
        var next = calendar.NextToOpen(now);
        var at = JapanTime.ToJapan(calendar.OpeningOf(next)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var when = next == thisQuarter
            ? InspectionsTexts.Format("NotOpen_OpensThisQuarter", locale, InspectionCalendar.KeyOf(thisQuarter), at)
            : InspectionsTexts.Format("NotOpen_Missed", locale, InspectionCalendar.KeyOf(thisQuarter), InspectionCalendar.KeyOf(next), at);

        var org = organization.Current;
        var openers = org.People.Where(p => InspectionRules.MayOpenCampaign(org, p.AadObjectId)).ToList();
        var who = InspectionRules.MayOpenCampaign(org, actor) ? InspectionsTexts.Get("NotOpen_YouCanOpen", locale)
            : openers.Count == 0 ? InspectionsTexts.Get("NotOpen_NobodyCanOpen", locale)
            : InspectionsTexts.Format("NotOpen_WhoCanOpen", locale, RoleNames.WithPeople(OrganizationRole.Admin, openers, locale));
        return when + "\n\n" + who;
    }

    /// <summary>Null unless the manager has a sheet of their own to hand in or handed in (never when it is approved).</summary>
    private static string? OwnSheetNote(OrganizationModel org, InspectionSheet? own, string? locale)
    {
        if (own is null || own.Status == InspectionSheetStatus.Approved) return null;
        var reviewers = InspectionRules.Reviewers(org, own.HandlerAadObjectId);
        var names = reviewers.Count == 0 ? "-" : RoleNames.Names(reviewers, locale);
        return InspectionsTexts.Format(own.Status == InspectionSheetStatus.Submitted ? "Queue_OwnSheetSubmitted" : "Queue_OwnSheetOpen", locale, names);
    }
}
