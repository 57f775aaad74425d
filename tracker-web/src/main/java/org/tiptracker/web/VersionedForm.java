package org.tiptracker.web;

/**
 * An edit form: what was typed, and the version of the record it was opened on (null for a new
 * record), which {@link EditFlow} requires of a change and puts back after a conflict.
 */
public abstract class VersionedForm implements BoundForm {

    public Long version;
}
