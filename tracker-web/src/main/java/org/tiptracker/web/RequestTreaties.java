package org.tiptracker.web;

import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.TreatyCode;

/** A treaty named in a request ({@code TIP}, {@code untoc}): known, or refused with the codes that are. */
public final class RequestTreaties {

    private RequestTreaties() {
    }

    public static TreatyCode parse(String code) {
        return TreatyCode.parse(code).orElseThrow(() -> new DomainException("input.treaty.unknown",
                code.length() > 40 ? code.substring(0, 40) : code));
    }
}
