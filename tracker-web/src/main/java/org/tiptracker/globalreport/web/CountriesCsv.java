package org.tiptracker.globalreport.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tiptracker.common.Regions;
import org.tiptracker.export.CsvFile;

/** An edition's countries as shown, as a CSV download: UTF-8 with BOM, cells neutralized, labels in the page's language. */
@Component
record CountriesCsv(MessageSource messages) {

    ResponseEntity<byte[]> of(int editionYear, List<GlobalReportView.CountryRow> countries, Locale locale) {
        List<String> header = List.of(text("globalreport.csv.iso3", locale), text("globalreport.column.country", locale),
                text("globalreport.column.region", locale), text("globalreport.column.status", locale),
                text("globalreport.column.band", locale), text("globalreport.csv.demo", locale));
        List<List<String>> lines = countries.stream().map(c -> List.of(c.iso3(), c.name(), text(Regions.messageKey(c.region()), locale),
                text("globalreport.status." + c.status(), locale), text("globalreport.band." + c.band(), locale),
                c.demo() ? text("globalreport.demo", locale) : "")).toList();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("global-report-" + editionYear + "-countries.csv").build().toString())
                .body(CsvFile.of(header, lines));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
