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
 */
public record Treaty(TreatyCode code, String untcReference, String nameAr, String nameEn,
                     String shortNameAr, String shortNameEn, String backReferenceAr, String backReferenceEn,
                     LocalDate adopted, LocalDate entryIntoForce, LocalDate signatureDeadline, TreatyCode parent) {

    public Treaty {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(adopted, "adopted");
        Objects.requireNonNull(entryIntoForce, "entryIntoForce");
        Objects.requireNonNull(signatureDeadline, "signatureDeadline");
        if (parent == code) {
            throw new IllegalArgumentException("a treaty cannot supplement itself: " + code);
        }
    }

    /** Whether this is a Protocol supplementing the Convention. */
    public boolean isProtocol() {
        return parent != null;
    }
}
