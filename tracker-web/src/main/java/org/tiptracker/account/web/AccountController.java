package org.tiptracker.account.web;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.account.AccountService;
import org.tiptracker.account.AccountSummary;
import org.tiptracker.account.NewAccount;
import org.tiptracker.account.PasswordLink;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.web.ParticipantChoice;

/**
 * The secretariat's accounts page: every account with its role, state and password link; a form
 * for a new account; a new one-time link, disabling and enabling. A link is shown once, right
 * after it is issued, for the secretariat to send to its owner.
 */
@Controller
class AccountController {

    private final AccountService accounts;
    private final TreatyRegistry registry;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DomainMessages domainMessages;
    private final DisplayFormat format;
    private final org.tiptracker.web.PublicBaseUrl publicBaseUrl;
    private final org.tiptracker.security.LoginThrottle throttle;

    AccountController(AccountService accounts, TreatyRegistry registry, CurrentActor currentActor,
                      MessageSource messages, DomainMessages domainMessages, DisplayFormat format,
                      org.tiptracker.web.PublicBaseUrl publicBaseUrl, org.tiptracker.security.LoginThrottle throttle) {
        this.publicBaseUrl = publicBaseUrl;
        this.throttle = throttle;
        this.accounts = accounts;
        this.registry = registry;
        this.currentActor = currentActor;
        this.messages = messages;
        this.domainMessages = domainMessages;
        this.format = format;
    }

    /** An address or a user name whose sign-ins are being slowed down: its failures and the last one's time. */
    record SlowedRow(String key, String failures, String last) {
    }

    /** An account as listed. {@code link} is NONE, PENDING or EXPIRED. */
    record AccountRow(long id, String username, String role, String fullName, String email, String participant,
                      boolean enabled, String link, String linkExpires, boolean manageable) {
    }

    /** What the form shows again after a refused attempt. */
    record AccountForm(String username, String role, String fullName, String email, String participantIso3) {
    }

    @GetMapping("/accounts")
    String list(Model model, Locale locale) {
        Actor actor = currentActor.get();
        List<String> managed = AccountService.rolesManagedBy(actor);
        List<AccountRow> rows = accounts.all(actor).stream().map(a -> row(a, managed, actor, locale)).toList();
        model.addAttribute("accounts", rows);
        model.addAttribute("linkDays", format.number(accounts.linkValidity().toDays(), locale));
        model.addAttribute("slowed", throttle.slowed().stream().map(e -> new SlowedRow(e.key(),
                format.number(e.failures(), locale), format.time(e.last(), locale))).toList());
        return "accounts/list";
    }

    @GetMapping("/accounts/new")
    String form(Model model, Locale locale) {
        return form(model, new AccountForm("", "FOCAL_POINT", "", "", ""), null, locale);
    }

    @PostMapping("/accounts")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String role,
                  @RequestParam(required = false) String fullName, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String participantIso3, Model model, Locale locale,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        AccountForm entered = new AccountForm(username, role, fullName, email, participantIso3);
        try {
            PasswordLink link = accounts.create(actor, new NewAccount(username, role, fullName, email,
                    "FOCAL_POINT".equals(role) ? participantIso3 : null));
            showLinkOnce(link, "account.created", request, redirect, locale);
            return "redirect:/accounts";
        } catch (DomainException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorField", fieldOf(e));
            return form(model, entered, domainMessages.message(e, locale), locale);
        }
    }

    @PostMapping("/accounts/{id}/link")
    String newLink(@PathVariable long id, Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
        PasswordLink link = accounts.newLink(currentActor.get(), id);
        showLinkOnce(link, "account.linkIssued", request, redirect, locale);
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/disable")
    String disable(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        AccountSummary account = accounts.disable(currentActor.get(), id);
        redirect.addFlashAttribute("saved", messages.getMessage("account.disabled", new Object[] {account.username()}, locale));
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/enable")
    String enable(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        AccountSummary account = accounts.enable(currentActor.get(), id);
        redirect.addFlashAttribute("saved", messages.getMessage("account.enabled", new Object[] {account.username()}, locale));
        return "redirect:/accounts";
    }

    /** The link goes into a flash attribute: shown on the next page only, never stored anywhere else. */
    private void showLinkOnce(PasswordLink link, String key, HttpServletRequest request, RedirectAttributes redirect,
                              Locale locale) {
        String url = publicBaseUrl.link("/password/set", "token", link.token());
        redirect.addFlashAttribute("saved", messages.getMessage(key, new Object[] {link.username()}, locale));
        redirect.addFlashAttribute("passwordLink", url);
        redirect.addFlashAttribute("passwordLinkUser", link.username());
        redirect.addFlashAttribute("passwordLinkExpires",
                format.date(link.expires().atZone(ZoneOffset.UTC).toLocalDate(), locale));
    }

    /** The form field a refused rule is about ({@code account.email.invalid} → email), or null for the whole form. */
    private static String fieldOf(DomainException e) {
        if (e.field() != null) {
            return e.field();
        }
        String[] parts = e.messageKey().split("\\.");
        String field = parts.length > 2 ? parts[1] : "";
        return switch (field) {
            case "username", "fullName", "email", "role" -> field;
            case "participant" -> "participantIso3";
            default -> null;
        };
    }

    private String form(Model model, AccountForm entered, String error, Locale locale) {
        Actor actor = currentActor.get();
        model.addAttribute("participants", ParticipantChoice.of(registry.snapshot().participants(), locale));
        model.addAttribute("roles", AccountService.rolesManagedBy(actor));
        model.addAttribute("account", entered);
        model.addAttribute("error", error);
        model.addAttribute("linkDays", format.number(accounts.linkValidity().toDays(), locale));
        return "accounts/form";
    }

    private AccountRow row(AccountSummary a, List<String> managed, Actor actor, Locale locale) {
        String participant = a.iso3() == null ? "" : DisplayFormat.isEnglish(locale) ? a.participantNameEn() : a.participantNameAr();
        String expires = a.linkExpires() == null ? "" : format.date(a.linkExpires().atZone(ZoneOffset.UTC).toLocalDate(), locale);
        return new AccountRow(a.id(), a.username(), a.role(), a.fullName(), a.email(), participant, a.enabled(),
                a.link().name(), expires, managed.contains(a.role()) && !a.username().equalsIgnoreCase(actor.username()));
    }
}
