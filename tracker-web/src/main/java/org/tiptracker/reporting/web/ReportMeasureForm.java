package org.tiptracker.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.Measure;

/**
 * One measure as typed in the form: every value is kept as the text the user entered, so that a
 * page shown again after a problem or a conflict holds exactly what was typed.
 */
public class ReportMeasureForm {

    /** The figure fields, in display order (message keys {@code figure.<name>}). */
    public static final List<String> FIGURES = List.of("investigations", "prosecutions", "convictions",
            "victimsIdentified", "victimsAssisted", "peopleTrained");

    private String heading;
    private String typeCode;
    private String title;
    private String description;
    private String startDate;
    private String endDate;
    private List<String> targetGroups = new ArrayList<>();
    private List<String> forms = new ArrayList<>();
    private String investigations;
    private String prosecutions;
    private String convictions;
    private String victimsIdentified;
    private String victimsAssisted;
    private String peopleTrained;
    private String recommendationRef;
    private String resolutionRef;
    /** The id of the Working Group recommendation the measure cites, or empty. */
    private String recommendationId;

    /** The form of a stored measure. */
    public static ReportMeasureForm of(Measure m) {
        ReportMeasureForm f = new ReportMeasureForm();
        f.heading = m.heading() == null ? "" : m.heading().name();
        f.typeCode = m.typeCode() == null ? "" : m.typeCode();
        f.title = m.title() == null ? "" : m.title();
        f.description = m.description() == null ? "" : m.description();
        f.startDate = date(m.startDate());
        f.endDate = date(m.endDate());
        f.targetGroups = new ArrayList<>(m.targetGroups().stream().map(Enum::name).sorted().toList());
        f.forms = new ArrayList<>(m.forms().stream().map(Enum::name).sorted().toList());
        Figures fig = m.figures();
        f.investigations = number(fig.investigations());
        f.prosecutions = number(fig.prosecutions());
        f.convictions = number(fig.convictions());
        f.victimsIdentified = number(fig.victimsIdentified());
        f.victimsAssisted = number(fig.victimsAssisted());
        f.peopleTrained = number(fig.peopleTrained());
        f.recommendationRef = m.recommendationRef() == null ? "" : m.recommendationRef();
        f.resolutionRef = m.resolutionRef() == null ? "" : m.resolutionRef();
        f.recommendationId = m.recommendationId() == null ? "" : m.recommendationId().toString();
        return f;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    /** The text typed for a figure field. */
    public String figure(String name) {
        return switch (name) {
            case "investigations" -> investigations;
            case "prosecutions" -> prosecutions;
            case "convictions" -> convictions;
            case "victimsIdentified" -> victimsIdentified;
            case "victimsAssisted" -> victimsAssisted;
            case "peopleTrained" -> peopleTrained;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Whether the user chose this target group or form of exploitation. */
    public boolean hasTargetGroup(String name) {
        return targetGroups != null && targetGroups.contains(name);
    }

    public boolean hasForm(String name) {
        return forms != null && forms.contains(name);
    }

    /** The fields whose values differ from {@code other}'s (ignoring surrounding spaces and order of choices). */
    public List<String> differences(ReportMeasureForm other) {
        List<String> out = new ArrayList<>();
        diff(out, "heading", heading, other.heading);
        diff(out, "typeCode", typeCode, other.typeCode);
        diff(out, "title", title, other.title);
        diff(out, "description", description, other.description);
        diff(out, "startDate", startDate, other.startDate);
        diff(out, "endDate", endDate, other.endDate);
        if (!sorted(targetGroups).equals(sorted(other.targetGroups))) {
            out.add("targetGroups");
        }
        if (!sorted(forms).equals(sorted(other.forms))) {
            out.add("forms");
        }
        for (String figure : FIGURES) {
            diff(out, figure, figure(figure), other.figure(figure));
        }
        diff(out, "recommendationRef", recommendationRef, other.recommendationRef);
        diff(out, "resolutionRef", resolutionRef, other.resolutionRef);
        diff(out, "recommendationId", recommendationId, other.recommendationId);
        return out;
    }

    private static void diff(List<String> out, String field, String a, String b) {
        if (!Objects.equals(clean(a), clean(b))) {
            out.add(field);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replace("\r\n", "\n");
    }

    private static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).sorted().distinct().toList();
    }

    public String getHeading() { return heading; }
    public void setHeading(String heading) { this.heading = heading; }
    public String getTypeCode() { return typeCode; }
    public void setTypeCode(String typeCode) { this.typeCode = typeCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String startDate) { this.startDate = startDate; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String endDate) { this.endDate = endDate; }
    public List<String> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(List<String> targetGroups) { this.targetGroups = targetGroups == null ? new ArrayList<>() : targetGroups; }
    public List<String> getForms() { return forms; }
    public void setForms(List<String> forms) { this.forms = forms == null ? new ArrayList<>() : forms; }
    public String getInvestigations() { return investigations; }
    public void setInvestigations(String investigations) { this.investigations = investigations; }
    public String getProsecutions() { return prosecutions; }
    public void setProsecutions(String prosecutions) { this.prosecutions = prosecutions; }
    public String getConvictions() { return convictions; }
    public void setConvictions(String convictions) { this.convictions = convictions; }
    public String getVictimsIdentified() { return victimsIdentified; }
    public void setVictimsIdentified(String victimsIdentified) { this.victimsIdentified = victimsIdentified; }
    public String getVictimsAssisted() { return victimsAssisted; }
    public void setVictimsAssisted(String victimsAssisted) { this.victimsAssisted = victimsAssisted; }
    public String getPeopleTrained() { return peopleTrained; }
    public void setPeopleTrained(String peopleTrained) { this.peopleTrained = peopleTrained; }
    public String getRecommendationRef() { return recommendationRef; }
    public void setRecommendationRef(String recommendationRef) { this.recommendationRef = recommendationRef; }
    public String getResolutionRef() { return resolutionRef; }
    public void setResolutionRef(String resolutionRef) { this.resolutionRef = resolutionRef; }
    public String getRecommendationId() { return recommendationId; }
    public void setRecommendationId(String recommendationId) { this.recommendationId = recommendationId; }
}
