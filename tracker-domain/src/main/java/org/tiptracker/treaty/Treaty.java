package org.tiptracker.treaty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A treaty of the UNTOC family with its names and key dates.
 *
 * @param code              the treaty's code
 * @param untcReference     UN Treaty Collection reference, e.g. {@code XVIII-12-a}
 * @param nameAr            official Arabic title
 * @param nameEn            official English title
 * @param shortNameAr       Arabic short title
 * @param shortNameEn       English short title
 * @param backReferenceAr   how Arabic text refers back to it ("الاتفاقية" / "البروتوكول")
 * @param backReferenceEn   how English text refers back to it ("the Convention" / "the Protocol")
 * @param adopted           date of adoption by the General Assembly
 * @param entryIntoForce    date the treaty itself entered into force
 * @param signatureDeadline last day on which it was open for signature
 * @param parent            the Convention for a Protocol; {@code null} for the Convention
 * @param recordsCompleteTo the last day up to which the recorded actions are known to be complete
 *                          (checked against the United Nations' party counts); {@code null} when no
 *                          limit is known. A count for a later day is what is recorded, and may be
 *                          short of the United Nations'.
 */
public record Treaty(TreatyCode code, String untcReference, String nameAr, String nameEn,
                     String shortNameAr, String shortNameEn, String backReferenceAr, String backReferenceEn,
                     LocalDate adopted, LocalDate entryIntoForce, LocalDate signatureDeadline, TreatyCode parent,
                     LocalDate recordsCompleteTo) {

    public Treaty {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(adopted, "adopted");
        Objects.requireNonNull(entryIntoForce, "entryIntoForce");
        Objects.requireNonNull(signatureDeadline, "signatureDeadline");
        if (parent == code) {
            throw new IllegalArgumentException("a treaty cannot supplement itself: " + code);
        }
    }

    /** A treaty whose recorded actions have no known limit of completeness. */
    public Treaty(TreatyCode code, String untcReference, String nameAr, String nameEn,
                  String shortNameAr, String shortNameEn, String backReferenceAr, String backReferenceEn,
                  LocalDate adopted, LocalDate entryIntoForce, LocalDate signatureDeadline, TreatyCode parent) {
        this(code, untcReference, nameAr, nameEn, shortNameAr, shortNameEn, backReferenceAr, backReferenceEn,
                adopted, entryIntoForce, signatureDeadline, parent, null);
    }

    /**
     * Whether the recorded actions are known to be complete on {@code asOf}, so that a count on that
     * day is the United Nations' count; when not, whatever states the count must say so.
     */
    public boolean recordsCompleteOn(LocalDate asOf) {
        return recordsCompleteTo == null || !asOf.isAfter(recordsCompleteTo);
    }

    /** Whether this is a Protocol supplementing the Convention. */
    public boolean isProtocol() {
        return parent != null;
    }
}
