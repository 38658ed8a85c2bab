using ChatBot.Domain.Inspections;
using ChatBot.Host.Storage;

namespace ChatBot.Host.Features.Inspections;

public sealed partial class InspectionStore
{
    private sealed class CampaignRow
    {
        public const string Columns = """
            campaign_key AS CampaignKey, template_hash AS TemplateHash, template_json AS TemplateJson, opened_by AS OpenedBy, opened_at AS OpenedAt
            """;

        public string CampaignKey { get; set; } = "";
        public string TemplateHash { get; set; } = "";
        public string TemplateJson { get; set; } = "";
        public string OpenedBy { get; set; } = "";
        public long OpenedAt { get; set; }

        public InspectionCampaign ToRecord() => StoredRow.Read("inspection_campaigns", CampaignKey, () =>
            new InspectionCampaign(CampaignKey, InspectionTemplate.FromJson(TemplateJson), TemplateHash, OpenedBy, DbTime.FromDb(OpenedAt)));
    }

    private sealed class SheetRow
    {
        public string CampaignKey { get; set; } = "";
        public string HandlerAadObjectId { get; set; } = "";
        public string? DepartmentId { get; set; }
        public string Status { get; set; } = "";
        public string AnswersJson { get; set; } = "{}";
        public string? ReturnComment { get; set; }
        public long Version { get; set; }
        public long? SubmittedAt { get; set; }
        public string? DecidedBy { get; set; }
        public long? DecidedAt { get; set; }
        public long UpdatedAt { get; set; }

        public InspectionSheet ToRecord() => StoredRow.Read("inspection_sheets", $"{CampaignKey}/{HandlerAadObjectId}", () => new InspectionSheet(
            CampaignKey, HandlerAadObjectId, DepartmentId, InspectionSheetStatusNames.Parse(Status), DeserializeAnswers(AnswersJson),
            ReturnComment, (int)Version, DbTime.FromDb(SubmittedAt), DecidedBy, DbTime.FromDb(DecidedAt), DbTime.FromDb(UpdatedAt)));
    }

    private sealed class DecisionRow
    {
        public string CampaignKey { get; set; } = "";
        public string HandlerAadObjectId { get; set; } = "";
        public string Action { get; set; } = "";
        public string Actor { get; set; } = "";
        public string? Comment { get; set; }
        public long SheetVersion { get; set; }
        public long At { get; set; }
    }
}
