package org.tiptracker.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tiptracker.audit.AuditTrail;

/** {@code /audit}: the latest changes, with who, when, why, before and after. */
@Controller
class AuditController {

    static final int PAGE = 200;

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(Model model) {
        model.addAttribute("entries", audit.latest(PAGE));
        return "audit/list";
    }
}
