package org.tiptracker.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Former UN short names that reports for past periods must print. This is reference data:
 * the dates are the first day the newer name applies (the former name's exclusive end).
 * <ul>
 * <li>CZE: "Czech Republic" / "الجمهورية التشيكية" until 2016-07-05. The Czech Government decided on
 * 2 May 2016 to ask the UN to record the short name "Czechia" and notified the request in the following
 * weeks (a date of 17 May 2016 is also quoted); the UN databases show "Czechia" from July 2016.
 * The exact date is uncertain. 2016-07-05 is used because the Secretary-General's report of
 * 1 July 2016 (status as of 30 May 2016) still prints "الجمهورية التشيكية".</li>
 * <li>SWZ: "Swaziland" / "سوازيلند" until 2018-04-19 (renamed Eswatini).</li>
 * <li>MKD: "The former Yugoslav Republic of Macedonia" / "جمهورية مقدونيا اليوغوسلافية السابقة"
 * until 2019-02-14 (North Macedonia).</li>
 * <li>TUR: "Turkey" until 2022-06-01 (Türkiye); the Arabic name "تركيا" did not change.</li>
 * </ul>
 */
public final class KnownFormerNames {

    /** A former name of the participant with code {@code iso3}. */
    public record FormerName(String iso3, ParticipantName name) {
        public FormerName {
            Objects.requireNonNull(iso3, "iso3");
            Objects.requireNonNull(name, "name");
            if (name.validUntil() == null) {
                throw new IllegalArgumentException("a former name needs an end date: " + iso3);
            }
        }
    }

    private static final List<FormerName> ALL = List.of(
            former("CZE", "الجمهورية التشيكية", "Czech Republic", LocalDate.of(2016, 7, 5)),
            former("SWZ", "سوازيلند", "Swaziland", LocalDate.of(2018, 4, 19)),
            former("MKD", "جمهورية مقدونيا اليوغوسلافية السابقة", "The former Yugoslav Republic of Macedonia",
                    LocalDate.of(2019, 2, 14)),
            former("TUR", "تركيا", "Turkey", LocalDate.of(2022, 6, 1)));

    private KnownFormerNames() {
    }

    private static FormerName former(String iso3, String ar, String en, LocalDate until) {
        return new FormerName(iso3, new ParticipantName(ar, en, null, until));
    }

    /** All known former names. */
    public static List<FormerName> all() {
        return ALL;
    }

    /** The former names of one participant, oldest first (empty if none are known). */
    public static List<ParticipantName> of(String iso3) {
        return ALL.stream().filter(f -> f.iso3().equals(iso3)).map(FormerName::name).toList();
    }

    /**
     * The complete name list for a participant: its known former names plus the given current
     * name, valid from the day the last former name ended (or always, if there is none).
     */
    public static List<ParticipantName> withCurrent(String iso3, String currentAr, String currentEn) {
        List<ParticipantName> names = new ArrayList<>(of(iso3));
        LocalDate from = names.isEmpty() ? null : names.get(names.size() - 1).validUntil();
        names.add(new ParticipantName(currentAr, currentEn, from, null));
        return List.copyOf(names);
    }
}
