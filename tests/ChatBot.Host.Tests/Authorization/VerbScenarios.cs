using System.Text.Json.Nodes;
using ChatBot.Domain.CorrectiveActions;
using ChatBot.Domain.Inspections;
using ChatBot.Domain.Knowledge;
using ChatBot.Domain.Lifecycle;
using ChatBot.Host.CorrectiveActions;
using ChatBot.Host.Features.Admin;
using ChatBot.Host.Features.Knowledge;
using ChatBot.Host.Features.Incidents;
using ChatBot.Host.Features.Inspections;
using ChatBot.Host.Features.Lifecycle;
using ChatBot.Host.Tests.Incidents;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Host.Tests.Authorization.Role;

namespace ChatBot.Host.Tests.Authorization;

/// <summary>Something of the owner's for a verb to act on: the data its card sends, and a text that only a card showing it contains.</summary>
/// <param name="FreeFields">User inputs and optional choices: any text is a legitimate value of theirs.</param>
/// <param name="OptionalFields">Fields whose absence is legitimate and means something else (no reference: a new report).</param>
public sealed record VerbTarget(JsonObject Data, string Marker, IReadOnlySet<string> FreeFields)
{
    public IReadOnlySet<string> OptionalFields { get; init; } = new HashSet<string>();
}

/// <summary>One card verb.</summary>
/// <param name="Sees">The roles whose click gets the thing's data back; everyone else gets a refusal.</param>
/// <param name="Actor">A role whose click with the card's own data is accepted (the clicker of the property test).</param>
/// <param name="ChangesState">That click changes something (read-only verbs, and ones arranged where the change is refused, do not).</param>
public sealed record VerbScenario(string Verb, Role[] Sees, Role Actor, bool ChangesState, Func<VerbWorld, Task<VerbTarget>> Arrange);

/// <summary>
/// Every card verb of the host, and who may see what it shows: decided from the clicker's AAD id and the organization
/// file, never from the card. A verb the router has and this table lacks fails the tests that use it.
/// </summary>
public static class VerbScenarios
{
    private static readonly Role[] Participants = [Owner, ResponsibleManager, PrivacyOfficer];
    private static readonly Role[] Managers = [ResponsibleManager, PrivacyOfficer];
    private static readonly Role[] OwnerOnly = [Owner];
    private static readonly Role[] AdminOnly = [Admin];
    private static readonly Role[] LearnerOnly = [Stranger];
    private static readonly Role[] Everyone = Enum.GetValues<Role>();
    private static readonly string OwnerAad = VerbWorld.AadOf(Owner);

    public static IReadOnlyList<VerbScenario> All { get; } =
    [
        // Incidents: the reporter and the reporter's chain (IncidentAccess); the PPC draft is for managers only.
        new("incidents.submit", Participants, Owner, true, async w =>
            Incident(await ReportedAsync(w), IncidentForms.Valid("facts corrected"), IncidentForm.Fields) with { OptionalFields = new HashSet<string> { "ref" } }),
        new("incidents.view", Participants, ResponsibleManager, false, async w => Incident(await ReportedAsync(w))),

        // The report button under a described leak: anyone may open a form; what it prefills is the clicker's own text.
        new("incidents.open", Everyone, Owner, false, _ => Task.FromResult(new VerbTarget(
            new JsonObject { [IncidentForm.Description] = "USB lost on the train (access test)" }, "USB lost on the train (access test)",
            new HashSet<string> { IncidentForm.Description }) { OptionalFields = new HashSet<string> { IncidentForm.Description } })),
        new("incidents.acknowledge", Participants, ResponsibleManager, true, async w => Incident(await ReportedAsync(w))),
        new("incidents.step", Participants, ResponsibleManager, true, async w =>
        {
            var (reference, version) = await AcknowledgedAsync(w);
            return Incident((reference, version), new JsonObject { ["step"] = await OpenStepAsync(w, reference) });
        }),
        new("incidents.assign", Participants, ResponsibleManager, true, async w =>
        {
            var (reference, version) = await AcknowledgedAsync(w);
            var inputs = new JsonObject { ["assignStep"] = await OpenStepAsync(w, reference), ["assignee"] = VerbWorld.AadOf(ResponsibleManager) };
            return Incident((reference, version), inputs, ["assignStep", "assignee", "assignDue"]);
        }),
        // A note does not check the version (notes only add), so the version is as free as the note.
        new("incidents.note", Participants, Owner, true, async w => Incident(await ReportedAsync(w), new JsonObject { ["note"] = "more facts" }, ["note", "v"])),
        new("incidents.close", Participants, ResponsibleManager, false, async w => Incident(await AcknowledgedAsync(w))),
        new("incidents.reopen", Participants, ResponsibleManager, false, async w => Incident(await AcknowledgedAsync(w))),
        new("incidents.edit", Participants, Owner, false, async w => Incident(await ReportedAsync(w))),
        new("incidents.draft", Managers, ResponsibleManager, false, async w => Incident(await ReportedAsync(w))),

        // The guide: a self-assessment is its owner's alone on the card (managers read results through the list).
        new(LifecycleVerbs.Step, OwnerOnly, Owner, true, async w => Dialog(await NewDialogAsync(w, null), ("step", FirstStep(w).Id))),
        new(LifecycleVerbs.Pattern, OwnerOnly, Owner, true, async w => Dialog(await NewDialogAsync(w, FirstStep(w).Id), ("pattern", FirstStep(w).Patterns[0].Id))),
        new(LifecycleVerbs.Next, OwnerOnly, Owner, true, async w => Dialog(await AnsweringAsync(w))),
        new(LifecycleVerbs.Back, OwnerOnly, Owner, true, async w => Dialog(await NewDialogAsync(w, FirstStep(w).Id))),
        new(LifecycleVerbs.Skip, OwnerOnly, Owner, true, async w => Dialog(await AnsweringAsync(w))),
        new(LifecycleVerbs.Cancel, OwnerOnly, Owner, true, async w => Dialog(await NewDialogAsync(w, null))),
        new(LifecycleVerbs.Restart, OwnerOnly, Owner, true, async w => Dialog(await NewDialogAsync(w, null)) with { FreeFields = new HashSet<string> { "step" } }),
        new(LifecycleVerbs.Resume, OwnerOnly, Owner, false, async w => Dialog(await NewDialogAsync(w, null))),
        new(LifecycleVerbs.Report, OwnerOnly, Owner, false, async w => Dialog(await NewDialogAsync(w, null))),
        new(LifecycleVerbs.CreateAction, OwnerOnly, Owner, false, async w => Dialog(await AnsweringAsync(w), ("countermeasure", "none"))),

        // Inspection sheets: the handler, the department's responsible managers (and the chain above), the 個人情報保護管理者.
        new(InspectionNames.RefreshVerb, Participants, Owner, false, async w => Sheet(await SheetAsync(w, submitted: false), withVersion: false)),
        new(InspectionNames.SaveVerb, Participants, Owner, true, async w => Sheet(await SheetAsync(w, submitted: false), answers: true)),
        new(InspectionNames.SubmitVerb, Participants, Owner, true, async w => Sheet(await SheetAsync(w, submitted: false), answers: true)),
        new(InspectionNames.ApproveVerb, Participants, ResponsibleManager, true, async w => Sheet(await SheetAsync(w, submitted: true))),
        new(InspectionNames.ReturnVerb, Participants, ResponsibleManager, true, async w => Sheet(await SheetAsync(w, submitted: true), comment: "please fix")),

        // Corrective actions: the owner, the department's responsible managers and chain, the 個人情報保護管理者.
        new("correctiveActions.complete", Participants, Owner, true, CorrectiveActionAsync),

        // Keeping an employee's unanswered question past its retention: admins only.
        new(UnansweredQuestionsCard.KeepVerb, AdminOnly, Admin, true, UnansweredAsync),
        new(UnansweredQuestionsCard.ReleaseVerb, AdminOnly, Admin, false, UnansweredAsync),
    ];

    /// <summary>
    /// Issue 14 §4 gave the stranger (not in the organization file) a thing of their own: a learning walk of the guide,
    /// stored and flagged (LifecycleFeature.Learning.cs). The same verbs on it, deliberately: only the learner gets it
    /// back — no manager or 個人情報保護管理者 either (a learning walk is no assessment) — and asking for a corrective
    /// action from it changes nothing, even for the learner (they get their card with the learning notice).
    /// </summary>
    public static IReadOnlyList<VerbScenario> Learning { get; } =
    [
        new(LifecycleVerbs.Step, LearnerOnly, Stranger, true, async w => Dialog(await NewDialogAsync(w, null, Stranger), ("step", FirstStep(w).Id))),
        new(LifecycleVerbs.Pattern, LearnerOnly, Stranger, true, async w => Dialog(await NewDialogAsync(w, FirstStep(w).Id, Stranger), ("pattern", FirstStep(w).Patterns[0].Id))),
        new(LifecycleVerbs.Next, LearnerOnly, Stranger, true, async w => Dialog(await AnsweringAsync(w, Stranger))),
        new(LifecycleVerbs.Back, LearnerOnly, Stranger, true, async w => Dialog(await NewDialogAsync(w, FirstStep(w).Id, Stranger))),
        new(LifecycleVerbs.Skip, LearnerOnly, Stranger, true, async w => Dialog(await AnsweringAsync(w, Stranger))),
        new(LifecycleVerbs.Cancel, LearnerOnly, Stranger, true, async w => Dialog(await NewDialogAsync(w, null, Stranger))),
        new(LifecycleVerbs.Restart, LearnerOnly, Stranger, true, async w => Dialog(await NewDialogAsync(w, null, Stranger)) with { FreeFields = new HashSet<string> { "step" } }),
        new(LifecycleVerbs.Resume, LearnerOnly, Stranger, false, async w => Dialog(await NewDialogAsync(w, null, Stranger))),
        new(LifecycleVerbs.Report, LearnerOnly, Stranger, false, async w => Dialog(await NewDialogAsync(w, null, Stranger))),
        new(LifecycleVerbs.CreateAction, LearnerOnly, Stranger, false, async w => Dialog(await AnsweringAsync(w, Stranger), ("countermeasure", "none"))),
    ];

    public static VerbScenario? Find(string verb) => All.FirstOrDefault(s => string.Equals(s.Verb, verb, StringComparison.OrdinalIgnoreCase));

    // The reference is on every card of the incident and in no refusal.
    private static VerbTarget Incident((string Reference, int Version) incident, JsonObject? extra = null, IEnumerable<string>? free = null)
    {
        var data = IncidentForms.Action(incident.Reference, incident.Version);
        foreach (var (key, value) in extra ?? []) data[key] = value?.DeepClone();
        return new VerbTarget(data, incident.Reference, new HashSet<string>(free ?? []));
    }

    private static async Task<(string Reference, int Version)> ReportedAsync(VerbWorld world)
    {
        var (_, body) = await world.InvokeAsync("incidents.submit", IncidentForms.Valid(), Owner);
        return (IncidentForms.Reference(body), 1);
    }

    private static async Task<(string Reference, int Version)> AcknowledgedAsync(VerbWorld world)
    {
        var (reference, version) = await ReportedAsync(world);
        await world.InvokeAsync("incidents.acknowledge", IncidentForms.Action(reference, version), ResponsibleManager);
        return (reference, version + 1);
    }

    private static async Task<string> OpenStepAsync(VerbWorld world, string reference)
    {
        using var scope = world.Services.CreateScope();
        var incident = await scope.ServiceProvider.GetRequiredService<IncidentService>().GetAsync(reference, CancellationToken.None);
        return incident!.Steps.First(s => !s.Done).StepId;
    }

    // Every card of a dialog carries its buttons (lifecycle.* verbs); a refusal card has none.
    private static VerbTarget Dialog(AssessmentDialog dialog, params (string Key, string Value)[] extra) =>
        new(LifecycleVerbs.Data(dialog, extra), "lifecycle.", new HashSet<string>());

    private static LifecycleStep FirstStep(VerbWorld world) => world.Services.GetRequiredService<KnowledgeBase>().Lifecycle.First(s => s.Patterns.Count > 0);

    // The stranger's dialogs are learning walks, as the guide starts them for someone the organization file does not list.
    private static Task<AssessmentDialog> NewDialogAsync(VerbWorld world, string? stepId, Role owner = Owner) =>
        world.Services.GetRequiredService<LifecycleDialogStore>().CreateAsync(VerbWorld.AadOf(owner), stepId, false, owner == Stranger, CancellationToken.None);

    private static async Task<AssessmentDialog> AnsweringAsync(VerbWorld world, Role owner = Owner)
    {
        var dialog = await NewDialogAsync(world, FirstStep(world).Id, owner);
        await world.InvokeAsync(LifecycleVerbs.Pattern, LifecycleVerbs.Data(dialog, ("pattern", FirstStep(world).Patterns[0].Id)), owner);
        return (await world.Services.GetRequiredService<LifecycleDialogStore>().GetAsync(dialog.Id, CancellationToken.None))!;
    }

    private sealed record SheetOf(string Campaign, int Version, InspectionTemplate Template, string Remark);

    // A campaign of its own per sheet (one sheet per handler and campaign), answered NO on the first item with a remark
    // that only the sheet card shows.
    private static async Task<SheetOf> SheetAsync(VerbWorld world, bool submitted)
    {
        var key = $"AT-{Guid.NewGuid():N}"[..16];
        var remark = $"remark-{Guid.NewGuid():N}";
        var template = world.Services.GetRequiredService<InspectionTemplateProvider>().Current;
        var store = world.Services.GetRequiredService<InspectionStore>();
        var now = DateTimeOffset.UtcNow;
        await store.TryCreateCampaignAsync(new InspectionCampaign(key, template, template.ComputeHash(), "system", now), CancellationToken.None);
        await using (var connection = await store.OpenAsync(CancellationToken.None))
            await InspectionStore.EnsureSheetAsync(key, OwnerAad, "hr", now, connection, null, CancellationToken.None);
        var answers = template.Items.Select((item, i) => (item.Id, Answer: i == 0 ? new InspectionItemAnswer(InspectionAnswer.No, remark) : new InspectionItemAnswer(InspectionAnswer.Yes, "")))
            .ToDictionary(a => a.Id, a => a.Answer);
        var saved = await world.Services.GetRequiredService<InspectionWorkflow>().SaveAsync(OwnerAad, key, OwnerAad, 1, answers, submitted, CancellationToken.None);
        return new SheetOf(key, saved.Sheet!.Version, template, remark);
    }

    // The refresh block of the card names the sheet without a version; the buttons add it. The answers typed keep the
    // remark, so the handler's own save shows it too.
    private static VerbTarget Sheet(SheetOf sheet, bool withVersion = true, bool answers = false, string? comment = null)
    {
        var data = new JsonObject { ["campaign"] = sheet.Campaign, ["handler"] = OwnerAad };
        if (withVersion) data["version"] = sheet.Version;
        var free = new HashSet<string>();
        if (answers)
        {
            foreach (var (item, i) in sheet.Template.Items.Select((item, i) => (item, i)))
            {
                data[InspectionSheetCard.AnswerPrefix + item.Id] = i == 0 ? "no" : "yes";
                data[InspectionSheetCard.RemarksPrefix + item.Id] = i == 0 ? sheet.Remark : "";
                free.Add(InspectionSheetCard.AnswerPrefix + item.Id);
                free.Add(InspectionSheetCard.RemarksPrefix + item.Id);
            }
        }

        if (comment is not null)
        {
            data[InspectionSheetCard.CommentInput] = comment;
            free.Add(InspectionSheetCard.CommentInput);
        }

        return new VerbTarget(data, sheet.Remark, free);
    }

    // The action's id is in the "closed as done" notice and in no refusal (a refusal lists the clicker's own actions).
    // The question (its id, in its button) is on the admins' list card and in no refusal.
    private static async Task<VerbTarget> UnansweredAsync(VerbWorld world)
    {
        var id = $"activity-{Guid.NewGuid():N}";
        var question = $"unanswered {id}";
        await world.Services.GetRequiredService<KnowledgeAnswerStore>().RecordAnswerAsync(
            new AnsweredQuestion(id, "a:conversation", OwnerAad, question, "ja-JP", false, null, 0), CancellationToken.None);
        return new VerbTarget(new JsonObject { ["id"] = id }, id, new HashSet<string>());
    }

    private static async Task<VerbTarget> CorrectiveActionAsync(VerbWorld world)
    {
        var (action, _) = await world.Services.GetRequiredService<CorrectiveActionService>().CreateAsync(new NewCorrectiveAction(
            CorrectiveActionOrigin.Inspection, $"AT:{Guid.NewGuid():N}", "Access test action", OwnerAad, "hr",
            DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)), OwnerAad);
        var note = $"note-{action.Id}";
        return new VerbTarget(new JsonObject { ["id"] = action.Id, ["version"] = action.Version, [note] = "done" }, action.Id, new HashSet<string> { note });
    }
}
