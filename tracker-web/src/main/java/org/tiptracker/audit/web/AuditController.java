package org.tiptracker.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tiptracker.audit.AuditTrail;

/** {@code /audit}: the latest changes, with who, when, why, before and after. */
@Controller
record AuditController(AuditTrail audit) {

    static final int PAGE = 200;

    @GetMapping("/audit")
    String list(Model model) {
        model.addAttribute("entries", audit.latest(PAGE));
        return "audit/list";
    }
}
