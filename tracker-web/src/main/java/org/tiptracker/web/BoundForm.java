package org.tiptracker.web;

/**
 * A form object: the fields of a page's form as typed, bound from the request field by field.
 *
 * <p>Its fields are public and it has no getters and setters that only pass a value through: the
 * binder reads and writes the fields themselves ({@link FormBinding}), and templates read them
 * with {@code *{x}} or {@code ${form.x}}, so such accessors added nothing but lines. A field whose
 * accessor does something (a default, a copy, a derived value) stays private behind it for the code
 * that calls it; the binder still writes the field itself. Which fields a request may set is still
 * each controller's {@code setAllowedFields}.
 */
public interface BoundForm {
}
