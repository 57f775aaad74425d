package org.tiptracker.workinggroup.persistence;

import java.util.List;

/**
 * The measures citing a recommendation as one reader may see them: {@code count} is what the
 * reader may count, {@code measures} what they may read (empty for anonymous readers, who see only
 * the count; {@code listed} says whether the list is shown at all).
 */
public record Citations(long count, boolean listed, List<CitingMeasure> measures) {
}
