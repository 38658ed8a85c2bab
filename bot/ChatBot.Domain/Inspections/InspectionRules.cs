using ChatBot.Domain.Organization;

namespace ChatBot.Domain.Inspections;

/// <summary>Who may do what with a sheet, and when a sheet is complete.</summary>
public static class InspectionRules
{
    public const int MaxRemarksLength = 500;
    public const int MaxCommentLength = 500;

    /// <summary>Only the handler the sheet belongs to answers it.</summary>
    public static bool MayAnswer(string? actor, InspectionSheet sheet) =>
        actor is not null && string.Equals(actor, sheet.HandlerAadObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Approving or returning: a responsible manager of the handler's department, someone in that department's
    /// escalation chain, or the 個人情報保護管理者 (<see cref="OrganizationModel.Oversees"/>), and never the handler
    /// themself, even when they hold a manager role. A manager of another department may not.
    /// </summary>
    public static bool MayDecide(OrganizationModel organization, string? actor, InspectionSheet sheet) =>
        actor is not null
        && !MayAnswer(actor, sheet)
        && organization.Oversees(actor, sheet.HandlerAadObjectId);

    /// <summary>
    /// Seeing a sheet (its answers and remarks): the handler, and whoever may decide on it (their department's
    /// responsible managers, its escalation chain, the 個人情報保護管理者). Nobody else, whatever the card says —
    /// not an admin, not a handler or manager of another department.
    /// </summary>
    public static bool MayView(OrganizationModel organization, string? actor, InspectionSheet sheet) =>
        MayAnswer(actor, sheet) || MayDecide(organization, actor, sheet);

    /// <summary>
    /// Opening the current quarter's campaign now (点検開始), ahead of or after its scheduled opening: admins. The
    /// scheduled opening needs nobody; the 点検 reply names the people this rule lets open one.
    /// </summary>
    public static bool MayOpenCampaign(OrganizationModel organization, string? actor) =>
        organization.HasRole(actor, OrganizationRole.Admin);

    /// <summary>The campaign's summary and its export (every department's answers): the 個人情報保護管理者 and admins.</summary>
    public static bool MaySeeSummary(OrganizationModel organization, string? actor) =>
        organization.HasRole(actor, OrganizationRole.PrivacyOfficer) || organization.HasRole(actor, OrganizationRole.Admin);

    /// <summary>The reviewers notified of a submission: the first escalation level without the handler (falls through to the next level).</summary>
    public static IReadOnlyList<Person> Reviewers(OrganizationModel organization, string handlerAad) =>
        organization.EscalationLevelsFor(handlerAad)
            .Select(level => level.Where(p => !string.Equals(p.AadObjectId, handlerAad, StringComparison.OrdinalIgnoreCase)).ToList())
            .FirstOrDefault(level => level.Count > 0) ?? [];

    /// <summary>Items that still block a submission: unanswered, or NO without remarks (what is wrong and what is planned).</summary>
    public static IReadOnlyList<string> MissingForSubmit(InspectionTemplate template, InspectionSheet sheet) =>
        template.Items
            .Where(i => sheet.AnswerTo(i.Id) is var a && (a.Answer is null || (a.Answer == InspectionAnswer.No && string.IsNullOrWhiteSpace(a.Remarks))))
            .Select(i => i.Id)
            .ToList();
}
