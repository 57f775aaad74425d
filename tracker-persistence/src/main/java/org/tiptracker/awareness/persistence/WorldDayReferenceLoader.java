package org.tiptracker.awareness.persistence;

import static org.tiptracker.reference.ReferenceCsv.read;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.tiptracker.reference.CsvReferenceLoader;
import org.tiptracker.reference.ReferenceCsv;

/**
 * Loads the World Day themes ({@code db/reference/world_day_themes.csv}) with their official
 * English ({@code world_day_themes_en.csv}), each row once ever (keys {@code awareness:world-day…}
 * in {@code reference_row}). The Blue Heart campaign has its own loader, {@link BlueHeartReferenceLoader}.
 */
@Service
@Order(7)
public class WorldDayReferenceLoader extends CsvReferenceLoader {

    private final WorldDayThemeRepository themes;

    public WorldDayReferenceLoader(WorldDayThemeRepository themes, JdbcTemplate jdbc) {
        super(jdbc, "World Day reference data");
        this.themes = themes;
    }

    @Override
    protected void loadRows(ReferenceCsv rows) {
        read("world_day_themes.csv", row -> {
            int year = Integer.parseInt(row.get("year"));
            if (!rows.firstTime("awareness:world-day:" + year) || themes.findByYear(year).isPresent()) {
                return;
            }
            WorldDayThemeEntity theme = new WorldDayThemeEntity(year);
            theme.apply(year, row.get("theme_ar"), null, row.get("source"));
            themes.save(theme);
            rows.added();
        });
        // The official English themes (and what the recorded Arabic is: the theme itself or the
        // year's focus as a background paper describes it), applied once to the year's theme when
        // it is recorded, unless someone already gave it an English text. A year with no theme yet
        // waits: its row is applied at the first start after the theme is recorded.
        read("world_day_themes_en.csv", row -> {
            int year = Integer.parseInt(row.get("year"));
            themes.findByYear(year).ifPresent(theme -> {
                if (rows.firstTime("awareness:world-day-en:" + year) && theme.getThemeEn() == null) {
                    theme.applyEnglish(row.get("theme_en").strip(), "FOCUS".equals(row.get("arabic_is").strip()));
                    themes.save(theme);
                    rows.added();
                }
            });
        });
        themes.flush();
    }
}
