package org.tiptracker.reporting.browse;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.Regions;
import org.tiptracker.export.CsvFile;
import org.tiptracker.export.TableSheet;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.ReportStatus;
import org.tiptracker.reporting.TargetGroup;
import org.tiptracker.reporting.persistence.MeasureFilterOptions;
import org.tiptracker.reporting.persistence.MeasurePage;
import org.tiptracker.reporting.persistence.MeasureSearchService;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;

/**
 * The measures browser: every measure of every report the user may see, across participants and
 * cycles, with filters, forgiving Arabic text search and paging; the same selection as CSV
 * (UTF-8 with a byte order mark, for Excel) and XLSX (right to left in Arabic). Text that a
 * spreadsheet would take for a formula is written as text.
 */
@Controller
record MeasureBrowseController(MeasureSearchService search, CurrentActor currentActor, MessageSource messages,
                               DisplayFormat format, Clock clock, MeasureExportColumns columns) {

    static final String CSV_TYPE = "text/csv;charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GetMapping("/measures")
    String list(@RequestParam Map<String, String> params, Model model, Locale locale) {
        Actor actor = currentActor.get();
        Set<ReportStatus> visible = MeasureSearchService.visibleStatuses(actor);
        MeasureFilterOptions options = search.options();
        MeasureFilter filter = MeasureFilter.of(params, options, visible);
        MeasurePage page = search.search(actor, filter.criteria(), filter.page(), locale);
        List<String> words = MeasureSearchService.words(filter.q());
        List<MeasureView> rows = page.rows().stream().map(r -> MeasureView.of(r, words, locale, format,
                key -> messages.getMessage(key, null, key, locale))).toList();
        model.addAttribute("ignoredMessages", filter.ignored().stream().map(i -> messages.getMessage(i.messageKey(),
                new Object[] {messages.getMessage(i.field(), null, locale), i.value()}, locale)).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("options", options);
        model.addAttribute("participantOptionsHtml", participantOptions(options, filter.participant(),
                DisplayFormat.isEnglish(locale)));
        model.addAttribute("english", DisplayFormat.isEnglish(locale));
        model.addAttribute("headings", MeasureHeading.values());
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("forms", ExploitationForm.values());
        model.addAttribute("statuses", List.of(ReportStatus.values()).stream().filter(visible::contains).toList());
        model.addAttribute("regions", Regions.ALL);
        model.addAttribute("results", page);
        model.addAttribute("rows", rows);
        // Counted up to MeasureSearchService.COUNT_CAP: beyond, "more than" (the exact number is not known).
        model.addAttribute("totalText", page.capped()
                ? messages.getMessage("measures.count.more", new Object[] {format.number(page.total(), locale)}, locale)
                : format.number(page.total(), locale));
        // More than COUNT_CAP matches (and so, perhaps, more than a download holds): say what a download holds.
        model.addAttribute("exportLimit", page.capped());
        model.addAttribute("exportCapText", format.number(MeasureSearchService.CAP, locale));
        model.addAttribute("fromText", format.number(page.firstRow(), locale));
        model.addAttribute("toText", format.number(page.lastRow(), locale));
        model.addAttribute("pageText", format.number(page.page(), locale));
        model.addAttribute("pagesText", format.number(page.pageCount(), locale));
        model.addAttribute("previousUrl", page.hasPrevious() ? filter.url("/measures", page.page() - 1) : null);
        model.addAttribute("nextUrl", page.hasNext() ? filter.url("/measures", page.page() + 1) : null);
        model.addAttribute("csvUrl", filter.url("/measures/export.csv", 0));
        model.addAttribute("xlsxUrl", filter.url("/measures/export.xlsx", 0));
        return "measures/list";
    }

    @GetMapping("/measures/export.csv")
    void csv(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
        Actor actor = currentActor.get();
        MeasureFilter filter = exportFilter(actor, params);
        response.setContentType(CSV_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("csv"));
        MeasureExportColumns.Lines lines = columns.lines(locale);
        CsvFile file = CsvFile.to(response.getOutputStream());
        file.header(lines.header());
        try {
            search.export(actor, filter.criteria(), locale, MeasureSearchService.CAP,
                    row -> file.line(CsvFile.texts(lines.of(row))));
        } finally {
            file.flush();
        }
    }

    @GetMapping("/measures/export.xlsx")
    void xlsx(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
        Actor actor = currentActor.get();
        MeasureFilter filter = exportFilter(actor, params);
        MeasureExportColumns.Lines lines = columns.lines(locale);
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (workbook) {
            workbook.setCompressTempFiles(true);
            List<String> header = lines.header();
            TableSheet sheet = TableSheet.create(workbook, messages.getMessage("measures.export.sheet", null, locale),
                    !DisplayFormat.isEnglish(locale), header);
            // The long texts: title, description and the cited recommendation's text (before the resolution and report).
            sheet.width(MeasureExportColumns.TITLE, 40).width(MeasureExportColumns.DESCRIPTION, 60)
                    .width(header.size() - 3, 60);
            search.export(actor, filter.criteria(), locale, MeasureSearchService.CAP, row -> sheet.row(lines.of(row)));
            sheet.finish();
            response.setContentType(XLSX_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("xlsx"));
            workbook.write(response.getOutputStream());
        } finally {
            workbook.dispose();
        }
    }

    /** The filters of an export: a value that is not known is refused (nothing is downloaded that was not asked for). */
    private MeasureFilter exportFilter(Actor actor, Map<String, String> params) {
        MeasureFilter filter = MeasureFilter.of(params, search.options(), MeasureSearchService.visibleStatuses(actor));
        for (MeasureFilter.Ignored ignored : filter.ignored()) {
            if ("measures.filter.ignored".equals(ignored.messageKey()) && !"measures.filter.page".equals(ignored.field())) {
                throw new DomainException("measures.export.invalid");
            }
        }
        return filter;
    }

    private String disposition(String extension) {
        return ContentDisposition.attachment().filename("measures-" + LocalDate.now(clock) + "." + extension).build().toString();
    }

    /**
     * The participant drop-down's options as HTML, names escaped. Some 200 options written by the
     * template engine cost more than the search itself (measured), so they are written here.
     */
    static String participantOptions(MeasureFilterOptions options, String selected, boolean english) {
        StringBuilder html = new StringBuilder(options.participants().size() * 64);
        for (MeasureFilterOptions.ParticipantOption p : options.participants()) {
            html.append("<option value=\"").append(org.springframework.web.util.HtmlUtils.htmlEscape(p.iso3())).append('"');
            if (p.iso3().equals(selected)) {
                html.append(" selected");
            }
            html.append('>').append(org.springframework.web.util.HtmlUtils.htmlEscape(english ? p.nameEn() : p.nameAr()))
                    .append("</option>\n");
        }
        return html.toString();
    }
}
