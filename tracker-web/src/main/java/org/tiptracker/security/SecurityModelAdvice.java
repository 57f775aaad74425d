package org.tiptracker.security;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page may show or hide by who is signed in: {@code maySecretariat} (edit links, forms). */
@ControllerAdvice
class SecurityModelAdvice {

    private final CurrentActor currentActor;

    SecurityModelAdvice(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @ModelAttribute("maySecretariat")
    boolean maySecretariat() {
        return currentActor.isSecretariat();
    }
}
