package org.tiptracker.reporting;

/** The groups a measure is aimed at (a managed list). Message keys: {@code targetGroup.<NAME>}. */
public enum TargetGroup {
    WOMEN, CHILDREN, MEN, MIGRANT_WORKERS, REFUGEES_ASYLUM_SEEKERS, INDIGENOUS_PEOPLES, VICTIMS,
    CRIMINAL_JUSTICE_OFFICIALS, HEALTH_WORKERS, PRIVATE_SECTOR, GENERAL_PUBLIC
}
