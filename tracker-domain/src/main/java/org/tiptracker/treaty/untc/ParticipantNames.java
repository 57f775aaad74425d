package org.tiptracker.treaty.untc;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.ParticipantName;

/**
 * Finds the participant a UNTC row names: by its ISO code, its current or a former English name,
 * or a variant (UNTERM, M49) from the reference data, compared without case, accents, footnote
 * numbers and the like ({@link #normalize}). Where two participants share a name, the current
 * name wins over a former one and a variant, and then the first ISO code.
 */
public final class ParticipantNames {

    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");

    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    private ParticipantNames() {
    }

    /**
     * @param variants normalized variant names ({@link #normalize}) to ISO codes; those of unknown
     *                 participants are ignored
     */
    public static ParticipantNames of(Collection<Participant> participants, Map<String, String> variants) {
        ParticipantNames index = new ParticipantNames();
        List<Participant> byCode = participants.stream().sorted(Comparator.comparing(Participant::iso3)).toList();
        byCode.forEach(p -> index.codes.put(p.iso3(), p.iso3()));
        byCode.forEach(p -> index.names.putIfAbsent(normalize(p.currentName().nameEn()), p.iso3()));
        for (Participant p : byCode) {
            ParticipantName current = p.currentName();
            p.names().stream().filter(n -> !n.equals(current))
                    .forEach(n -> index.names.putIfAbsent(normalize(n.nameEn()), p.iso3()));
        }
        variants.forEach((name, iso3) -> {
            if (index.codes.containsKey(iso3)) {
                index.names.putIfAbsent(name, iso3);
            }
        });
        return index;
    }

    /** The ISO code of the participant the cell names, or null when none does. */
    public String resolve(String cell) {
        String stripped = UntcFile.normalizeSpaces(cell);
        if (ISO3.matcher(stripped).matches()) {
            String code = codes.get(stripped.toUpperCase(Locale.ROOT));
            if (code != null) {
                return code;
            }
        }
        return names.get(normalize(cell));
    }

    /**
     * A participant name reduced for comparison: without case, accents, footnote numbers after the
     * name, a trailing "(the)", extra blanks or typographic apostrophes and dashes, and with a
     * leading "St." read as "Saint".
     */
    public static String normalize(String name) {
        String t = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        t = t.replaceAll("[\u2018\u2019\u201B\u02BC\u02B9\u00B4`\u2032]", "'")
                .replaceAll("[\u2010-\u2015\u2212]", "-");
        t = UntcFile.normalizeSpaces(t).toLowerCase(Locale.ROOT);
        t = t.replaceAll("[\\d\\s,*]+$", "");
        t = t.replaceAll("\\s*\\(the\\)$", "");
        t = t.replaceAll("^st\\.?\\s+", "saint ");
        return t.strip();
    }
}
