using System.Globalization;
using ChatBot.Domain;
using ChatBot.Domain.Time;
using ChatBot.Host.Features.Incidents.Resources;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ChatBot.Host.Features.Incidents.PpcDraft;

/// <summary>
/// The PPC report draft as a Word document (A4): title, reference and generation time (Japan), a note that it is a
/// draft to check before submitting through the PPC's online form, the classification facts, the items as a
/// two-column table and the reasoning. Only <see cref="PpcReportDraft"/> goes in, so nothing but the masked record can.
/// </summary>
public static class PpcDraftDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Build(PpcReportDraft draft, DateTimeOffset generatedAt, string? locale)
    {
        string T(string key) => IncidentTexts.Get(key, locale);
        var title = IncidentTexts.Format("Draft_Title", locale, draft.Reference);
        var generated = JapanTime.ToJapan(generatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (JST)";

        var body = new W.Body(
            Paragraph(title, bold: true, size: 32),
            Paragraph(T("Doc_Note"), italic: true),
            Table([(T("Doc_Reference"), draft.Reference), (T("Doc_GeneratedAt"), generated), .. draft.Facts.Select(f => (f.Label, f.Value))], header: null),
            Paragraph(T("Doc_Items"), bold: true, size: 26),
            Table(draft.Items.Select(i => (i.Title, i.Answer)), header: (T("Doc_ItemColumn"), T("Doc_AnswerColumn"))),
            Paragraph(T("Card_Reasoning"), bold: true, size: 26));
        foreach (var reason in draft.Reasoning) body.Append(Paragraph("・" + reason));
        foreach (var warning in draft.Warnings) body.Append(Paragraph("⚠ " + warning, bold: true));
        if (draft.Masked) body.Append(Paragraph(T("Card_Masked"), italic: true));
        body.Append(A4());

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(body);
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles(UserLanguage.IsEnglish(locale) ? "en-US" : "ja-JP");
            document.PackageProperties.Title = title;
            document.PackageProperties.Created = generatedAt.UtcDateTime;
        }
        return stream.ToArray();
    }

    private static W.Paragraph Paragraph(string text, bool bold = false, bool italic = false, int? size = null) =>
        new(new W.ParagraphProperties(new W.SpacingBetweenLines { Before = size is null ? "0" : "240", After = "120" }), Run(text, bold, italic, size));

    /// <summary>A run; line breaks in the text (a multi-line description) become breaks in Word.</summary>
    private static W.Run Run(string text, bool bold = false, bool italic = false, int? size = null)
    {
        var properties = new W.RunProperties();
        if (bold) properties.Append(new W.Bold());
        if (italic) properties.Append(new W.Italic());
        if (size is { } s) properties.Append(new W.FontSize { Val = s.ToString(CultureInfo.InvariantCulture) });
        var run = new W.Run(properties);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new W.Break());
            run.Append(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    private static W.Table Table(IEnumerable<(string Left, string Right)> rows, (string Left, string Right)? header)
    {
        var border = (uint)4;
        var table = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
                new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = border }, // the schema's order: top, left, bottom, right
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = border },
                    new W.BottomBorder { Val = W.BorderValues.Single, Size = border },
                    new W.RightBorder { Val = W.BorderValues.Single, Size = border },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = border },
                    new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = border })),
            new W.TableGrid(new W.GridColumn { Width = "3000" }, new W.GridColumn { Width = "6000" }));
        if (header is { } h) table.Append(Row(h.Left, h.Right, heading: true));
        foreach (var (left, right) in rows) table.Append(Row(left, right, heading: false));
        return table;
    }

    private static W.TableRow Row(string left, string right, bool heading)
    {
        W.TableCell Cell(string text, string width, bool bold)
        {
            var properties = new W.TableCellProperties(new W.TableCellWidth { Width = width, Type = W.TableWidthUnitValues.Dxa });
            if (heading) properties.Append(new W.Shading { Val = W.ShadingPatternValues.Clear, Fill = "D9E2F3" });
            return new W.TableCell(properties, new W.Paragraph(Run(text, bold)));
        }

        var row = new W.TableRow(Cell(left, "3000", bold: true), Cell(right, "6000", bold: heading));
        if (heading) row.PrependChild(new W.TableRowProperties(new W.TableHeader()));
        return row;
    }

    private static W.SectionProperties A4() => new(
        new W.PageSize { Width = 11906, Height = 16838 },
        new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1304, Right = 1304, Header = 720, Footer = 720, Gutter = 0 });

    // Yu Gothic ships with Windows and Office on macOS; Word substitutes another Japanese font elsewhere.
    private static W.Styles DefaultStyles(string language) => new(
        new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = "Yu Gothic", HighAnsi = "Yu Gothic", EastAsia = "Yu Gothic", ComplexScript = "Yu Gothic" },
                new W.FontSize { Val = "21" },
                new W.Languages { Val = language, EastAsia = "ja-JP" })),
            new W.ParagraphPropertiesDefault()));
}
