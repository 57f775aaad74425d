package org.tiptracker.workinggroup.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.export.CsvFile;
import org.tiptracker.export.TableSheet;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.IgnoredFilters;
import org.tiptracker.workinggroup.Addressee;
import org.tiptracker.workinggroup.persistence.MeetingSummary;
import org.tiptracker.workinggroup.persistence.WorkingGroupService;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Theme;

/**
 * The Working Group's recommendations browser: by meeting, theme and addressee, with a search
 * forgiving Arabic spelling variants; and the export of what is shown (CSV, XLSX).
 */
@Controller
record RecommendationListController(WorkingGroupService service, WorkingGroupPages pages, CurrentActor currentActor,
                                    MessageSource messages) {

    static final String LIST = "working-group/recommendations";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> COLUMNS = List.of("wg.column.meeting", "wg.column.year", "wg.column.letter",
            "wg.column.addressee", "wg.column.theme", "wg.column.textAr", "wg.column.textEn", "wg.column.id");

    /** One recommendation in a list; {@code year} as the page prints it, {@code yearNumber} as a number. */
    record Line(long id, String meeting, String year, int yearNumber, String letter, String addressee, String theme,
                String textAr, String textEn, boolean demo) {

        /** The export's cells: the year and the id as numbers. */
        List<Object> cells() {
            return List.of(meeting, yearNumber, letter, addressee, theme, textAr, textEn == null ? "" : textEn, id);
        }
    }

    @GetMapping("/working-group/recommendations")
    String list(@RequestParam(required = false) String meeting, @RequestParam(required = false) String theme,
                @RequestParam(required = false) String addressee, @RequestParam(required = false) String q,
                Model model, Locale locale) {
        List<MeetingSummary> meetings = service.meetings();
        List<Theme> themes = service.themes();
        RecommendationFilter filter = RecommendationFilter.of(meeting, theme, addressee, q, meetings, themes);
        List<Line> lines = lines(filter, themes, locale);
        model.addAttribute("filter", filter);
        model.addAttribute("ignoredFilters", new IgnoredFilters()
                .check("wg.filter.meeting", meeting, filter.meeting().isEmpty() ? null : filter.meeting())
                .check("wg.filter.theme", theme, filter.theme().isEmpty() ? null : filter.theme())
                .check("wg.filter.addressee", addressee, filter.addressee().isEmpty() ? null : filter.addressee())
                .messages(messages, locale));
        model.addAttribute("meetings", pages.meetingOptions(meetings, locale));
        model.addAttribute("themes", WorkingGroupPages.themeOptions(themes, locale));
        model.addAttribute("addressees", Addressee.values());
        model.addAttribute("lines", lines);
        model.addAttribute("countText", pages.number(lines.size(), locale));
        model.addAttribute("csvParams", filter.params());
        return LIST;
    }

    private List<Line> lines(RecommendationFilter filter, List<Theme> themes, Locale locale) {
        Map<String, String> themeNames = WorkingGroupPages.themeNames(themes, locale);
        return service.search(filter.criteria()).stream().map(r -> new Line(r.id(),
                pages.meetingName(r.meeting(), locale), pages.year(r.meeting().year(), locale), r.meeting().year(),
                WorkingGroupPages.letter(r.position(), locale),
                pages.addressee(r.addressee(), locale), themeNames.getOrDefault(r.themeCode(), r.themeCode()),
                r.textAr(), r.textEn(), r.demo())).toList();
    }

    /** The lines the filters (as typed) select. */
    private List<Line> lines(String meeting, String theme, String addressee, String q, Locale locale) {
        List<Theme> themes = service.themes();
        return lines(RecommendationFilter.of(meeting, theme, addressee, q, service.meetings(), themes), themes, locale);
    }

    @GetMapping("/working-group/recommendations/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String meeting, @RequestParam(required = false) String theme,
                               @RequestParam(required = false) String addressee, @RequestParam(required = false) String q,
                               Locale locale) {
        List<List<String>> rows = lines(meeting, theme, addressee, q, locale).stream()
                .map(line -> CsvFile.texts(line.cells())).toList();
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition("csv"))
                .body(CsvFile.of(header(locale), rows));
    }

    @GetMapping("/working-group/recommendations/export.xlsx")
    void xlsx(@RequestParam(required = false) String meeting, @RequestParam(required = false) String theme,
              @RequestParam(required = false) String addressee, @RequestParam(required = false) String q,
              Locale locale, HttpServletResponse response) throws IOException {
        List<Line> lines = lines(meeting, theme, addressee, q, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TableSheet sheet = TableSheet.create(workbook, messages.getMessage("wg.export.sheet", null, locale),
                    !DisplayFormat.isEnglish(locale), header(locale));
            sheet.width(5, 80).width(6, 80);
            lines.forEach(line -> sheet.row(line.cells()));
            sheet.finish();
            response.setContentType(XLSX);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("xlsx"));
            workbook.write(response.getOutputStream());
        }
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
    }

    private static String disposition(String extension) {
        return ContentDisposition.attachment().filename("working-group-recommendations." + extension).build().toString();
    }
}
