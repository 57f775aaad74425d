package org.tiptracker.reporting;

import java.util.Arrays;

/**
 * A problem found by validation, shown next to its field: {@code measure} is the measure's index
 * in the report (0-based) or -1 for the report as a whole; {@code field} names the form field;
 * {@code key} and {@code args} form the message.
 */
public record Problem(int measure, String field, String key, Object... args) {

    public Problem {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && p.measure == measure && p.field.equals(field) && p.key.equals(key)
                && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * measure + field.hashCode()) + key.hashCode()) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return "Problem[" + measure + "." + field + " " + key + " " + Arrays.toString(args) + "]";
    }
}
