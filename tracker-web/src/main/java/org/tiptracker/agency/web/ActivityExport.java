package org.tiptracker.agency.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.persistence.ActivityRow;
import org.tiptracker.export.CsvFile;
import org.tiptracker.export.TableSheet;
import org.tiptracker.web.DisplayFormat;

/** The browser's selection as a CSV file or an XLSX workbook, one activity a row, texts in the page's language. */
@Component
record ActivityExport(ActivityView view, MessageSource messages, Clock clock) {

    static final String CSV_TYPE = "text/csv;charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> COLUMNS = List.of("activity.column.agency", "activity.column.kind",
            "activity.column.heading", "activity.column.dates", "activity.column.title", "activity.column.titleLanguage",
            "activity.column.description", "activity.column.descriptionLanguage",
            "activity.column.startDate", "activity.column.endDate", "activity.figure.peopleTrained",
            "activity.figure.victimsAssisted", "activity.figure.suspectsArrested", "activity.figure.countriesReached",
            "activity.column.countries", "activity.column.regions", "activity.column.partners",
            "activity.column.sourceSymbol", "activity.column.sourceParagraph", "activity.column.demo");

    void csv(List<ActivityRow> rows, Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(CSV_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("csv"));
        CsvFile file = CsvFile.to(response.getOutputStream());
        file.header(header(locale));
        for (ActivityRow row : rows) {
            file.line(CsvFile.texts(cells(row, locale)));
        }
        file.flush();
    }

    void xlsx(List<ActivityRow> rows, Locale locale, HttpServletResponse response) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            List<String> header = header(locale);
            TableSheet sheet = TableSheet.create(workbook, messages.getMessage("activity.export.sheet", null, locale),
                    !DisplayFormat.isEnglish(locale), header);
            sheet.width(4, 40).width(5, 24).width(6, 60).width(7, 24);
            for (ActivityRow row : rows) {
                sheet.row(cells(row, locale));
            }
            sheet.finish();
            response.setContentType(XLSX_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("xlsx"));
            workbook.write(response.getOutputStream());
        }
    }

    private String disposition(String extension) {
        return ContentDisposition.attachment().filename("activities-" + LocalDate.now(clock) + "." + extension).build().toString();
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
    }

    /** The language of a text cell: English, Arabic, or (in an English export) Arabic for want of English. */
    private String language(boolean english, boolean inEnglish, Locale locale) {
        String key = inEnglish ? "text.language.en" : english ? "text.language.arabicOnly" : "text.language.ar";
        return messages.getMessage(key, null, locale);
    }

    /** One activity: dates as dates, figures as numbers. */
    private List<Object> cells(ActivityRow row, Locale locale) {
        ActivityView.Line line = view.line(row, locale);
        ActivityFigures f = row.figures();
        List<Object> cells = new ArrayList<>();
        cells.add(row.agency());
        cells.add(line.kindText());
        cells.add(line.headingText());
        cells.add(line.datesText());
        boolean english = DisplayFormat.isEnglish(locale);
        // In English, the official English where it is recorded; otherwise the Arabic, and the
        // next column says which language the cell is in.
        boolean titleEn = english && row.titleEn() != null;
        cells.add(titleEn ? row.titleEn() : row.title());
        cells.add(language(english, titleEn, locale));
        boolean descriptionEn = english && row.descriptionEn() != null;
        cells.add(descriptionEn ? row.descriptionEn() : row.description());
        cells.add(row.description().isEmpty() && !descriptionEn ? "" : language(english, descriptionEn, locale));
        cells.add(row.startDate());
        cells.add(row.endDate());
        cells.addAll(java.util.Arrays.asList(f.peopleTrained(), f.victimsAssisted(), f.suspectsArrested(), f.countriesReached()));
        cells.add(line.countriesText());
        cells.add(line.regionsText());
        cells.add(line.partnersText());
        cells.add(row.sourceSymbol() == null ? "" : row.sourceSymbol());
        cells.add(row.sourceParagraph() == null ? "" : row.sourceParagraph());
        cells.add(row.demo() ? messages.getMessage("activity.demo", null, locale) : "");
        return cells;
    }
}
