package org.tiptracker.trustfund.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tiptracker.trustfund.persistence.TrustFundService;

/**
 * The Trust Fund's lists, which anyone may read; the secretariat sees the links to its forms.
 * Each list is at {@code /trust-fund/<list>}, shown by the view of the same name.
 */
@Controller
record TrustFundListsController(TrustFundService fund, FundEdits edits) {

    @GetMapping("/trust-fund/{list:contributions|expenditures|grants|donors|calls|board}")
    String list(@PathVariable String list, Model model, Locale locale) {
        List<?> rows = switch (list) {
            case "contributions" -> fund.contributions();
            case "expenditures" -> fund.expenditures();
            case "grants" -> fund.grants();
            case "donors" -> edits.sortedDonors(locale);
            case "calls" -> fund.calls();
            default -> fund.trustees();
        };
        model.addAttribute("rows", rows);
        return "trust-fund/" + list;
    }
}
