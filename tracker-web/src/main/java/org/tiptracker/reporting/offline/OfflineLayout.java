package org.tiptracker.reporting.offline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.OfflineRow;
import org.tiptracker.reporting.TargetGroup;
import org.tiptracker.reporting.persistence.OfflineReportService.TypeName;

/**
 * The layout of the offline workbook, shared by the writer and the reader: the columns (named as
 * the fields of {@link org.tiptracker.reporting.Problem}), the sheets, and the names of the managed
 * lists in Arabic and English, and the codes of the recommendations a measure may cite. A name is recognized in either language or as its code.
 */
final class OfflineLayout implements OfflineRow.Names {

    static final Locale ARABIC = Locale.forLanguageTag("ar");
    static final String FORMAT = "tip-tracker-offline/1";
    static final String LISTS_SHEET = "lists";
    static final String META_SHEET = "meta";
    static final int EMPTY_ROWS = 100;
    static final int MAX_ROWS = 1000;

    static final List<String> FIELDS = OfflineRow.FIELDS;
    static final int HEADING = 0;
    static final int TYPE = 1;
    static final int TITLE = 2;
    static final int DESCRIPTION = 3;
    static final int START = 4;
    static final int END = 5;
    static final int GROUPS = 6;
    static final int FORMS = 7;
    static final int FIRST_FIGURE = 8;
    static final int LAST_FIGURE = 13;
    static final int RECOMMENDATION = 14;
    static final int RESOLUTION = 15;
    /**
     * The recommendation of the Working Group that the measure cites, by its code (see
     * {@link RecommendationCodes}). It is the last column, so that a workbook made before it
     * existed still has every other column in place.
     */
    static final int CITATION = 16;

    private final MessageSource messages;
    private final List<TypeName> types;
    private final RecommendationCodes recommendations;

    OfflineLayout(MessageSource messages, List<TypeName> types, RecommendationCodes recommendations) {
        this.messages = messages;
        this.types = types;
        this.recommendations = recommendations;
    }

    RecommendationCodes recommendations() {
        return recommendations;
    }

    static int column(String field) {
        return FIELDS.indexOf(field);
    }

    String label(int column, Locale locale) {
        return messages.getMessage("offline.column." + FIELDS.get(column), null, locale);
    }

    List<TypeName> types() {
        return types;
    }

    String headingName(MeasureHeading heading) {
        return messages.getMessage("heading." + heading.name(), null, ARABIC);
    }

    String typeName(String code) {
        return types.stream().filter(t -> t.code().equals(code)).map(TypeName::nameAr).findFirst().orElse(code);
    }

    String groupName(TargetGroup group) {
        return messages.getMessage("targetGroup." + group.name(), null, ARABIC);
    }

    String formName(ExploitationForm form) {
        return messages.getMessage("exploitation." + form.name(), null, ARABIC);
    }

    List<String> headingNames() {
        return List.of(MeasureHeading.values()).stream().map(this::headingName).toList();
    }

    List<String> typeNames() {
        return types.stream().map(TypeName::nameAr).toList();
    }

    List<String> groupNames() {
        return List.of(TargetGroup.values()).stream().map(this::groupName).toList();
    }

    List<String> formNames() {
        return List.of(ExploitationForm.values()).stream().map(this::formName).toList();
    }

    @Override
    public Optional<MeasureHeading> heading(String text) {
        return find(text, enumNames(MeasureHeading.values(), "heading.")).map(MeasureHeading::valueOf);
    }

    @Override
    public Optional<String> type(String text) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TypeName t : types) {
            names.put(key(t.code()), t.code());
            names.put(key(t.nameAr()), t.code());
            names.put(key(t.nameEn()), t.code());
        }
        return find(text, names);
    }

    @Override
    public Optional<TargetGroup> group(String text) {
        return find(text, enumNames(TargetGroup.values(), "targetGroup.")).map(TargetGroup::valueOf);
    }

    @Override
    public Optional<ExploitationForm> form(String text) {
        return find(text, enumNames(ExploitationForm.values(), "exploitation.")).map(ExploitationForm::valueOf);
    }

    @Override
    public Optional<Long> recommendation(String code) {
        return recommendations.recommendation(code);
    }

    private Map<String, String> enumNames(Enum<?>[] values, String prefix) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            names.put(key(value.name()), value.name());
            names.put(key(messages.getMessage(prefix + value.name(), null, ARABIC)), value.name());
            names.put(key(messages.getMessage(prefix + value.name(), null, Locale.ENGLISH)), value.name());
        }
        return names;
    }

    private static Optional<String> find(String text, Map<String, String> names) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(names.get(key(text)));
    }

    /** Names compare without regard to case, surrounding or repeated spaces, or kashida. */
    static String key(String text) {
        return text.replace("\u0640", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
