package org.tiptracker.agency.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.agency.persistence.ActivityRow;
import org.tiptracker.web.DisplayFormat;

/** Activities as pages and exports show them, in the page's language and UN Arabic formatting. */
@Component
record ActivityView(MessageSource messages, DisplayFormat format) {

    /** A figure: its label and its formatted value. */
    record Figure(String field, String label, String value) {
    }

    /** One row, with every text ready for the page. */
    record Line(ActivityRow row, String agencyName, String kindText, String headingText, String datesText,
                List<Figure> figures, String countriesText, String regionsText, String partnersText) {
    }

    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    Line line(ActivityRow row, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        return new Line(row, english ? row.agencyNameEn() : row.agencyNameAr(),
                text("activity.kind." + row.kind().name(), locale),
                row.heading() == null ? "" : text("heading." + row.heading().name(), locale),
                dates(row, locale), figures(row.figures(), locale),
                list(row.countries().stream().map(c -> english ? c.nameEn() : c.nameAr()).toList(), locale),
                list(row.regions().stream().map(r -> text("activity.region." + r.name(), locale)).toList(), locale),
                String.join(english ? ", " : "، ", row.partners()));
    }

    String dates(ActivityRow row, Locale locale) {
        if (row.startDate() == null && row.endDate() == null) {
            return "";
        }
        if (row.startDate() == null) {
            return text("activity.dates.until", locale, date(row.endDate(), row.datePrecision(), locale));
        }
        String start = date(row.startDate(), row.datePrecision(), locale);
        String end = row.endDate() == null ? start : date(row.endDate(), row.datePrecision(), locale);
        return start.equals(end) ? start : start + " – " + end;
    }

    /** A date no more precise than its source: "٣٠ تموز/يوليه ٢٠١٥", "تشرين الأول/أكتوبر ٢٠١٤" or "٢٠١٥". */
    String date(LocalDate date, DatePrecision precision, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case DAY -> format.date(date, locale);
            case MONTH -> english ? MONTH_EN.format(date) : format.arabic().month(YearMonth.from(date));
            case YEAR -> english ? String.valueOf(date.getYear()) : format.arabic().year(date.getYear());
        };
    }

    List<Figure> figures(ActivityFigures f, Locale locale) {
        List<Figure> figures = new ArrayList<>();
        add(figures, "peopleTrained", f.peopleTrained(), locale);
        add(figures, "victimsAssisted", f.victimsAssisted(), locale);
        add(figures, "suspectsArrested", f.suspectsArrested(), locale);
        add(figures, "countriesReached", f.countriesReached(), locale);
        return figures;
    }

    private void add(List<Figure> figures, String field, Integer value, Locale locale) {
        if (value != null) {
            figures.add(new Figure(field, text("activity.figure." + field, locale), format.number(value, locale)));
        }
    }

    /** Names joined the way the page's language joins them: "أ وب وج" in Arabic (running text), "a, b and c" in English. */
    String list(List<String> items, Locale locale) {
        if (items.isEmpty()) {
            return "";
        }
        if (DisplayFormat.isEnglish(locale)) {
            if (items.size() == 1) {
                return items.get(0);
            }
            return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        }
        return format.arabic().listWithAnd(items);
    }

    String regionName(ActivityRegion region, Locale locale) {
        return text("activity.region." + region.name(), locale);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
