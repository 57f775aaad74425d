package org.tiptracker.trustfund.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tiptracker.trustfund.persistence.TrustFundService;

/** The Trust Fund's lists, which anyone may read; the secretariat sees the links to its forms. */
@Controller
class TrustFundListsController {

    private final TrustFundService fund;
    private final FundEdits edits;

    TrustFundListsController(TrustFundService fund, FundEdits edits) {
        this.fund = fund;
        this.edits = edits;
    }

    @GetMapping("/trust-fund/contributions")
    String contributions(Model model) {
        model.addAttribute("rows", fund.contributions());
        return "trust-fund/contributions";
    }

    @GetMapping("/trust-fund/expenditures")
    String expenditures(Model model) {
        model.addAttribute("rows", fund.expenditures());
        return "trust-fund/expenditures";
    }

    @GetMapping("/trust-fund/grants")
    String grants(Model model) {
        model.addAttribute("rows", fund.grants());
        return "trust-fund/grants";
    }

    @GetMapping("/trust-fund/donors")
    String donors(Model model, Locale locale) {
        model.addAttribute("rows", edits.sortedDonors(locale));
        return "trust-fund/donors";
    }

    @GetMapping("/trust-fund/calls")
    String calls(Model model) {
        model.addAttribute("rows", fund.calls());
        return "trust-fund/calls";
    }

    @GetMapping("/trust-fund/board")
    String board(Model model) {
        model.addAttribute("rows", fund.trustees());
        return "trust-fund/board";
    }
}
