package org.tiptracker.report;

import java.util.Objects;

/**
 * One record or page a generated paragraph was built from: a label in both languages and the
 * application path that shows it (e.g. {@code /status/changes?from=2013-12-18&to=2016-05-30},
 * {@code /participants/SLE}, {@code /cycles/3}).
 */
public record SourceRef(String labelAr, String labelEn, String path) {
    public SourceRef {
        Objects.requireNonNull(labelAr, "labelAr");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a source path is the application's own: " + path);
        }
    }
}
