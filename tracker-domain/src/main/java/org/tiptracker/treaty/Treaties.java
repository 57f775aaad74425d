package org.tiptracker.treaty;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The standard treaty data: the Convention (adopted by GA res. 55/25 on 15 November 2000)
 * and its Protocols. The Trafficking and Smuggling Protocols were adopted with the Convention;
 * the Firearms Protocol by GA res. 55/255 on 31 May 2001.
 * <p>
 * Signature: the Convention (art. 36) and each Protocol were open for signature until
 * 12 December 2002 (for the Firearms Protocol, from the thirtieth day after its adoption);
 * afterwards participants join by accession. The same deadline is therefore used for all four.
 */
public final class Treaties {

    private static final String SUPPLEMENTING_AR = "، المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية";
    private static final String SUPPLEMENTING_EN = ", supplementing the United Nations Convention against Transnational Organized Crime";
    private static final LocalDate SIGNATURE_DEADLINE = LocalDate.of(2002, 12, 12);
    private static final LocalDate PALERMO_ADOPTION = LocalDate.of(2000, 11, 15);

    private static final List<Treaty> STANDARD = List.of(
            new Treaty(TreatyCode.UNTOC, "XVIII-12",
                    "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
                    "United Nations Convention against Transnational Organized Crime",
                    "اتفاقية الجريمة المنظمة", "Organized Crime Convention",
                    "الاتفاقية", "the Convention",
                    PALERMO_ADOPTION, LocalDate.of(2003, 9, 29), SIGNATURE_DEADLINE, null),
            new Treaty(TreatyCode.TIP, "XVIII-12-a",
                    "بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال" + SUPPLEMENTING_AR,
                    "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children"
                            + SUPPLEMENTING_EN,
                    "بروتوكول الاتجار بالأشخاص", "Trafficking in Persons Protocol",
                    "البروتوكول", "the Protocol",
                    PALERMO_ADOPTION, LocalDate.of(2003, 12, 25), SIGNATURE_DEADLINE, TreatyCode.UNTOC),
            new Treaty(TreatyCode.SOM, "XVIII-12-b",
                    "بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو" + SUPPLEMENTING_AR,
                    "Protocol against the Smuggling of Migrants by Land, Sea and Air" + SUPPLEMENTING_EN,
                    "بروتوكول تهريب المهاجرين", "Smuggling of Migrants Protocol",
                    "البروتوكول", "the Protocol",
                    PALERMO_ADOPTION, LocalDate.of(2004, 1, 28), SIGNATURE_DEADLINE, TreatyCode.UNTOC),
            new Treaty(TreatyCode.FIREARMS, "XVIII-12-c",
                    "بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوناتها والذخيرة والاتجار بها بصورة غير مشروعة"
                            + SUPPLEMENTING_AR,
                    "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and"
                            + " Components and Ammunition" + SUPPLEMENTING_EN,
                    "بروتوكول الأسلحة النارية", "Firearms Protocol",
                    "البروتوكول", "the Protocol",
                    LocalDate.of(2001, 5, 31), LocalDate.of(2005, 7, 3), SIGNATURE_DEADLINE, TreatyCode.UNTOC));

    private static final Map<TreatyCode, Treaty> BY_CODE = new EnumMap<>(TreatyCode.class);

    static {
        STANDARD.forEach(t -> BY_CODE.put(t.code(), t));
    }

    private Treaties() {
    }

    /** All four treaties, Convention first, in {@link TreatyCode} order. */
    public static List<Treaty> standard() {
        return STANDARD;
    }

    /** The standard data of one treaty. */
    public static Treaty of(TreatyCode code) {
        Treaty t = BY_CODE.get(code);
        if (t == null) {
            throw new IllegalArgumentException("unknown treaty: " + code);
        }
        return t;
    }
}
