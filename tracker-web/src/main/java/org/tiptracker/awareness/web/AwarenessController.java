package org.tiptracker.awareness.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.awareness.BlueHeartAdoption;
import org.tiptracker.awareness.BlueHeartCount;
import org.tiptracker.awareness.WorldDayThemes;
import org.tiptracker.awareness.persistence.AwarenessService;
import org.tiptracker.awareness.persistence.AwarenessViews;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.RequestDates;

/**
 * Awareness: the World Day themes by year and the Blue Heart campaign's countries, with the count
 * as of any date next to the counts the documents report (the secretariat's forms are
 * {@link AwarenessFormsController}'s).
 */
@Controller
record AwarenessController(AwarenessService service, MessageSource messages, DisplayFormat format, Clock clock) {

    static final String PAGE = "awareness/index";

    public record ThemeRow(AwarenessViews.Theme theme, String yearText) {
    }

    public record AdoptionRow(AwarenessViews.Adoption adoption, String name, String whenText, boolean counted) {
    }

    public record ReportedRow(AwarenessViews.Reported reported, String dateText, String reportedText,
                              String computedText, boolean agrees) {
    }

    @GetMapping("/awareness")
    String page(@RequestParam(required = false) String asOf, Model model, Locale locale) {
        LocalDate date = RequestDates.parse("asOf", asOf, LocalDate.now(clock));
        boolean english = DisplayFormat.isEnglish(locale);
        List<AwarenessViews.Adoption> adoptions = service.adoptions();
        List<BlueHeartAdoption> rows = adoptions.stream().map(AwarenessViews.Adoption::adoption).toList();
        long count = BlueHeartCount.asOf(rows, date);
        List<ReportedRow> reported = service.reportedCounts().stream().map(r -> {
            long computed = BlueHeartCount.asOf(rows, r.asOf());
            return new ReportedRow(r, format.date(r.asOf(), locale), format.number(r.countryCount(), locale),
                    format.number(computed, locale), computed == r.countryCount());
        }).toList();
        ReportedRow latest = reported.stream().filter(r -> !r.reported().asOf().isAfter(date))
                .reduce((a, b) -> b).orElse(null);
        List<AwarenessViews.Theme> themes = service.themes();
        model.addAttribute("themes", themes.stream().map(t -> new ThemeRow(t, year(t.year(), locale))).toList());
        model.addAttribute("themesSentence", WorldDayThemes.arabic(themes.stream()
                .map(t -> new WorldDayThemes.Theme(t.year(), t.themeAr())).toList(), format.arabic()));
        model.addAttribute("adoptions", adoptions.stream().map(a -> new AdoptionRow(a,
                a.participant().name(english), when(a, locale),
                !a.adoption().countsFrom().isAfter(date))).toList());
        model.addAttribute("asOf", date.toString());
        model.addAttribute("asOfText", format.date(date, locale));
        model.addAttribute("count", count);
        model.addAttribute("countText", format.number(count, locale));
        model.addAttribute("reported", reported);
        model.addAttribute("latestReported", latest);
        model.addAttribute("demoCount", adoptions.stream().filter(AwarenessViews.Adoption::demo).count());
        model.addAttribute("english", english);
        return PAGE;
    }

    private String when(AwarenessViews.Adoption a, Locale locale) {
        if (a.adoptedYear() != null) {
            return year(a.adoptedYear(), locale);
        }
        return messages.getMessage("awareness.adoption.byDate", new Object[] {format.date(a.knownBy(), locale)}, locale);
    }

    private String year(int year, Locale locale) {
        return format.year(year, locale);
    }
}
