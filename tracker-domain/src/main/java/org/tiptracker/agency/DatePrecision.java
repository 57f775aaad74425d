package org.tiptracker.agency;

/**
 * How precisely a source dates an activity: on a day, in a month ("in October 2014", stored as
 * the month's first day) or in a year ("in 2015", stored as 1 January, an end as 31 December).
 * Pages print the date no more precisely than this. Message keys: {@code activity.precision.<NAME>}.
 */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
