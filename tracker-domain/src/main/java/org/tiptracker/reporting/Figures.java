package org.tiptracker.reporting;

/** The optional figures a measure reports; {@code null} means not reported. */
public record Figures(Integer investigations, Integer prosecutions, Integer convictions, Integer victimsIdentified,
                      Integer victimsAssisted, Integer peopleTrained) {

    public static final Figures NONE = new Figures(null, null, null, null, null, null);

    /** The figures with their field names, in display order. */
    public java.util.Map<String, Integer> byField() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        out.put("investigations", investigations);
        out.put("prosecutions", prosecutions);
        out.put("convictions", convictions);
        out.put("victimsIdentified", victimsIdentified);
        out.put("victimsAssisted", victimsAssisted);
        out.put("peopleTrained", peopleTrained);
        return out;
    }
}
