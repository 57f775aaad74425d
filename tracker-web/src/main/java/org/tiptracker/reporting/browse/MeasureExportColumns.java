package org.tiptracker.reporting.browse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiptracker.common.Regions;
import org.tiptracker.reporting.persistence.MeasureRow;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.workinggroup.MeetingName;
import org.tiptracker.workinggroup.persistence.RecommendationCriteria;
import org.tiptracker.workinggroup.persistence.WorkingGroupService;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Recommendation;

/**
 * The columns of a measures export, the same in CSV and XLSX: the header in the reader's language
 * and each measure's line.
 */
@Component
record MeasureExportColumns(MessageSource messages, DisplayFormat format, WorkingGroupService workingGroup) {

    /** The columns of the measure's title and description. */
    static final int TITLE = 7;
    static final int DESCRIPTION = 8;

    /** The header and the lines of one export, in the language of {@code locale}. */
    final class Lines {

        private final Map<Long, Recommendation> cited;
        private final Locale locale;

        private Lines(Map<Long, Recommendation> cited, Locale locale) {
            this.cited = cited;
            this.locale = locale;
        }

        List<String> header() {
            return MeasureExportColumns.this.header(locale);
        }

        List<Object> of(MeasureRow row) {
            return line(row, cited, locale);
        }
    }

    /** The lines of an export, citing the Working Group's recommendations as they are now. */
    Lines lines(Locale locale) {
        return new Lines(recommendations(), locale);
    }

    /** The Working Group's recommendations by id, for the code and text of those the measures cite. */
    private Map<Long, Recommendation> recommendations() {
        Map<Long, Recommendation> byId = new HashMap<>();
        workingGroup.search(RecommendationCriteria.ALL).forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    private List<String> header(Locale locale) {
        List<String> keys = List.of("measures.column.participant", "measures.column.iso3", "measures.column.region",
                "measures.column.cycle", "measures.column.reportStatus", "measures.column.heading", "measures.column.type",
                "measures.column.title", "measures.column.description", "measures.column.startDate",
                "measures.column.endDate", "measures.column.targetGroups", "measures.column.forms");
        List<String> header = new ArrayList<>();
        for (String key : keys) {
            header.add(messages.getMessage(key, null, locale));
        }
        for (String figure : org.tiptracker.reporting.Figures.NONE.byField().keySet()) {
            header.add(messages.getMessage("figure." + figure, null, locale));
        }
        header.add(messages.getMessage("measures.column.recommendationRef", null, locale));
        header.add(messages.getMessage("measures.column.recommendationCode", null, locale));
        header.add(messages.getMessage("measures.column.recommendationText", null, locale));
        header.add(messages.getMessage("measures.column.resolutionRef", null, locale));
        header.add(messages.getMessage("measures.column.report", null, locale));
        return header;
    }

    /**
     * One measure: dates as dates, figures and the report's number as numbers, the cited Working
     * Group recommendation by its reference and its text (in English where it has one).
     */
    private List<Object> line(MeasureRow row, Map<Long, Recommendation> cited, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        List<Object> line = new ArrayList<>();
        line.add(english ? row.participantNameEn() : row.participantNameAr());
        line.add(row.iso3());
        line.add(row.regionEn() == null ? "" : messages.getMessage(Regions.messageKey(row.regionEn()), null, row.regionEn(), locale));
        line.add(english ? row.cycleTitleEn() : row.cycleTitleAr());
        line.add(messages.getMessage("reportStatus." + row.reportStatus().name(), null, locale));
        line.add(messages.getMessage("heading." + row.heading().name(), null, locale));
        line.add(english ? row.typeNameEn() : row.typeNameAr());
        line.add(row.title());
        line.add(row.description());
        line.add(row.startDate());
        line.add(row.endDate());
        line.add(names("targetGroup.", row.targetGroups(), locale));
        line.add(names("exploitation.", row.forms(), locale));
        line.addAll(row.figures().byField().values());
        line.add(row.recommendationRef());
        Recommendation recommendation = row.recommendationId() == null ? null : cited.get(row.recommendationId());
        line.add(recommendation == null ? null : reference(recommendation, locale));
        line.add(recommendation == null ? null
                : english && recommendation.textEn() != null ? recommendation.textEn() : recommendation.textAr());
        line.add(row.resolutionRef());
        line.add(row.reportId());
        return line;
    }

    /**
     * A recommendation's reference as the Working Group pages print it: its meeting, the paragraph
     * of the meeting's report when known, and its letter ({@code الاجتماع الخامس (٢٠١٣)، الفقرة ١٦ (أ)}).
     */
    private String reference(Recommendation r, Locale locale) {
        String meeting = MeetingName.of(r.meeting().number(), r.meeting().year(), DisplayFormat.isEnglish(locale), format.arabic());
        if (r.paragraph() == null) {
            return messages.getMessage("wg.recommendation.reference", new Object[] {meeting, r.letter()}, locale);
        }
        return messages.getMessage("wg.recommendation.referenceWithParagraph",
                new Object[] {meeting, format.number(r.paragraph(), locale), r.letter()}, locale);
    }

    private String names(String prefix, List<String> codes, Locale locale) {
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            names.add(messages.getMessage(prefix + code, null, code, locale));
        }
        return String.join(DisplayFormat.isEnglish(locale) ? "; " : "؛ ", names);
    }
}
