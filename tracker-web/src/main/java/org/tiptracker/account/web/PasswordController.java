package org.tiptracker.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.account.AccountService;
import org.tiptracker.account.PasswordLinkException;
import org.tiptracker.common.DomainException;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;

/**
 * The page behind a one-time password link: the new user chooses a password (twice). A link that
 * is unknown, used, or whose account is disabled gives one "not valid" page (400); an expired one
 * says so (410). Nothing else is revealed.
 */
@Controller
record PasswordController(AccountService accounts, PasswordEncoder encoder, MessageSource messages,
                          DomainMessages domainMessages, DisplayFormat format) {

    @GetMapping("/password/set")
    String form(@RequestParam(required = false) String token, Model model, Locale locale, HttpServletResponse response) {
        try {
            String username = accounts.checkLink(token);
            return form(model, token, username, null, locale);
        } catch (PasswordLinkException e) {
            return invalid(e, model, response);
        }
    }

    @PostMapping("/password/set")
    String set(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
               @RequestParam(required = false) String confirmation, Model model, Locale locale,
               HttpServletResponse response) {
        String username;
        try {
            username = accounts.checkLink(token);
        } catch (PasswordLinkException e) {
            return invalid(e, model, response);
        }
        if (password == null || !password.equals(confirmation)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, token, username, messages.getMessage("account.password.mismatch", null, locale), locale);
        }
        try {
            accounts.setPassword(token, password, encoder::encode);
        } catch (PasswordLinkException e) {
            return invalid(e, model, response);
        } catch (DomainException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, token, username, domainMessages.message(e, locale), locale);
        }
        return "redirect:/login?passwordSet";
    }

    private String form(Model model, String token, String username, String error, Locale locale) {
        model.addAttribute("token", token);
        model.addAttribute("username", username);
        model.addAttribute("error", error);
        model.addAttribute("minLength", format.number(AccountService.MIN_PASSWORD, locale));
        return "password/set";
    }

    private static String invalid(PasswordLinkException e, Model model, HttpServletResponse response) {
        response.setStatus(e.expired() ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("messageKey", e.messageKey());
        return "password/invalid";
    }
}
