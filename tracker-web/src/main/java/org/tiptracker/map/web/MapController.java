package org.tiptracker.map.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.treaty.StatusKind;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.TreatyMap;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.JsonText;
import org.tiptracker.web.RequestDates;

/**
 * {@code /map?treaty=TIP&asOf=2016-05-30}: a world map of the participants' status towards a
 * treaty on a date, with a year slider, a legend whose counts are the status page's, the
 * participants too small for the map's scale, and the same data as a table.
 */
@Controller
class MapController {

    static final int FIRST_YEAR = 2000;

    /** A participant as the page's script and table show it, in the page's language. */
    record MapRow(String iso3, String m49, String name, String status, String statusLabel, String action, String date,
                  boolean drawn) {
    }

    private final TreatyRegistry registry;
    private final WorldAtlas atlas;
    private final DisplayFormat format;
    private final MessageSource messages;
    private final Clock clock;

    private final org.tiptracker.web.RecordsNotices recordsNotices;

    MapController(TreatyRegistry registry, WorldAtlas atlas, DisplayFormat format, MessageSource messages, Clock clock,
                  org.tiptracker.web.RecordsNotices recordsNotices) {
        this.recordsNotices = recordsNotices;
        this.registry = registry;
        this.atlas = atlas;
        this.format = format;
        this.messages = messages;
        this.clock = clock;
    }

    static TreatyCode treaty(String code) {
        if (code == null || code.isBlank()) {
            return TreatyCode.TIP;
        }
        return org.tiptracker.web.RequestTreaties.parse(code);
    }

    static LocalDate asOf(String text, LocalDate today) {
        return RequestDates.parse("asOf", text, today);
    }

    @GetMapping("/map")
    String map(@RequestParam(name = "treaty", required = false) String treatyCode,
               @RequestParam(name = "asOf", required = false) String asOfText, Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock);
        TreatyCode treaty = treaty(treatyCode);
        LocalDate asOf = asOf(asOfText, today);
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        TreatyMap map = TreatyMap.of(snapshot.participants(), snapshot.calculator(), treaty, asOf);
        model.addAttribute("recordsNotices", recordsNotices.on(snapshot.treatyList().stream()
                .filter(t -> t.code() == treaty).toList(), asOf, locale));
        boolean english = DisplayFormat.isEnglish(locale);
        List<MapRow> rows = new ArrayList<>();
        for (TreatyMap.Row r : map.rows()) {
            String status = status(r.status());
            rows.add(new MapRow(r.iso3(), r.m49(), english ? r.nameEn() : r.nameAr(), status,
                    messages.getMessage("map.status." + status, null, locale),
                    r.action() == null ? (r.status() == StatusKind.SIGNATORY
                            ? messages.getMessage("action.kind.SIGNATURE", null, locale) : "")
                            : messages.getMessage("action.kind." + r.action().name(), null, locale),
                    format.date(r.date(), locale), r.m49() != null && atlas.drawnCodes().contains(r.m49())));
        }
        Comparator<MapRow> byName = english ? Comparator.comparing(MapRow::name)
                : Comparator.comparing(MapRow::name, UnArabicOrder.INSTANCE);
        rows.sort(byName);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StatusKind kind : StatusKind.values()) {
            counts.put(status(kind), map.count(kind));
        }
        model.addAttribute("treaty", treaty);
        model.addAttribute("treaties", TreatyCode.values());
        model.addAttribute("asOf", asOf);
        model.addAttribute("year", asOf.getYear());
        model.addAttribute("yearLabel", format.year(asOf.getYear(), locale));
        model.addAttribute("firstYear", FIRST_YEAR);
        model.addAttribute("lastYear", today.getYear());
        model.addAttribute("today", today);
        model.addAttribute("rows", rows);
        model.addAttribute("notDrawn", rows.stream().filter(r -> !r.drawn()).toList());
        model.addAttribute("counts", counts);
        model.addAttribute("mapJson", json(rows));
        model.addAttribute("atlasPath", WorldAtlas.PATH);
        return "map/index";
    }

    /** {@code party}, {@code signatory} or {@code none}: the API's and the page's name of a status. */
    static String status(StatusKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String json(List<MapRow> rows) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            MapRow r = rows.get(i);
            out.append(i == 0 ? "" : ",").append("{\"m49\":").append(r.m49() == null ? "null" : quote(r.m49()))
                    .append(",\"iso3\":").append(quote(r.iso3())).append(",\"name\":").append(quote(r.name()))
                    .append(",\"status\":").append(quote(r.status())).append(",\"statusLabel\":").append(quote(r.statusLabel()))
                    .append(",\"action\":").append(quote(r.action())).append(",\"date\":").append(quote(r.date())).append("}");
        }
        return out.append("]").toString();
    }

    private static String quote(String text) {
        return JsonText.quote(text == null ? "" : text);
    }
}
