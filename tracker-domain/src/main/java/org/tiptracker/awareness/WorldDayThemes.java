package org.tiptracker.awareness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tiptracker.arabic.UnArabic;

/**
 * The sentence in which the Working Group's papers list the World Day themes by year (seed 002,
 * para. 37): the first year with "ركّز موضوع اليوم العالمي على", the next ones with "وركز في
 * عام …، على", joined by "؛ " and closed by a full stop.
 */
public final class WorldDayThemes {

    private WorldDayThemes() {
    }

    /** One year's theme in Arabic. */
    public record Theme(int year, String themeAr) {
    }

    public static String arabic(List<Theme> themes, UnArabic arabic) {
        if (themes.isEmpty()) {
            return "";
        }
        List<Theme> sorted = themes.stream().sorted(Comparator.comparingInt(Theme::year)).toList();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Theme theme = sorted.get(i);
            parts.add(i == 0
                    ? "وفي عام " + arabic.year(theme.year()) + "، ركّز موضوع اليوم العالمي على " + theme.themeAr().strip()
                    : "وركز في عام " + arabic.year(theme.year()) + "، على " + theme.themeAr().strip());
        }
        return String.join("؛ ", parts) + ".";
    }
}
