package org.tiptracker.reporting.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tiptracker.common.ListEntryEntity;

/** An entry of the managed list of measure types. */
@Entity
@Table(name = "measure_type")
public class MeasureTypeEntity extends ListEntryEntity {

    protected MeasureTypeEntity() {
    }
}
