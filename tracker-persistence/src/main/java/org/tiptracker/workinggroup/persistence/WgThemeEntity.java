package org.tiptracker.workinggroup.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tiptracker.common.ListEntryEntity;

/** An entry of the managed list of recommendation themes. */
@Entity
@Table(name = "wg_theme")
public class WgThemeEntity extends ListEntryEntity {

    protected WgThemeEntity() {
    }
}
