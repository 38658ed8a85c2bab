using ChatBot.Host.Organization;

namespace ChatBot.Host.Features.Inspections;

/// <summary><c>GET /files/inspections/{campaign}.xlsx?exp=&amp;sig=</c>: the signed, short-lived export link.</summary>
public static class InspectionFileEndpoints
{
    public static IEndpointRouteBuilder MapInspectionFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/inspections/{campaign}.xlsx", async (string campaign, string? exp, string? sig, InspectionExportLinks links,
            InspectionStore store, InspectionSummaries summaries, OrganizationDirectory organization, CancellationToken ct) =>
        {
            switch (links.Verify(campaign, exp, sig))
            {
                case InspectionExportLinks.Check.BadSignature: return Results.StatusCode(StatusCodes.Status403Forbidden);
                case InspectionExportLinks.Check.Expired: return Results.StatusCode(StatusCodes.Status410Gone);
            }

            if (await store.GetCampaignAsync(campaign, ct) is not { } found) return Results.NotFound();
            var bytes = InspectionWorkbook.Build(found, await store.ListSheetsAsync(campaign, ct), await store.ListDecisionsAsync(campaign, ct),
                await summaries.ActionsAsync(campaign, ct), organization.Current);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"inspection-{campaign}.xlsx");
        });
        return app;
    }
}
