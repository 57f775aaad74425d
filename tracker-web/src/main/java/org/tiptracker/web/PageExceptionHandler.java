package org.tiptracker.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;

/** Turns refused input, missing records and conflicts into pages in the user's language; never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final MessageSource messages;
    private final DomainMessages domainMessages;

    PageExceptionHandler(MessageSource messages, DomainMessages domainMessages) {
        this.messages = messages;
        this.domainMessages = domainMessages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, Locale locale, HttpServletResponse response) {
        return page("error/400", HttpStatus.BAD_REQUEST, domainMessages.message(e, locale), response);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, Locale locale, HttpServletResponse response) {
        return page("error/404", HttpStatus.NOT_FOUND, domainMessages.message(e.messageKey(), e.args(), locale), response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, Locale locale, HttpServletResponse response) {
        ModelAndView page = page("error/409", HttpStatus.CONFLICT, messages.getMessage(e.getMessage(), null, e.getMessage(), locale), response);
        page.addObject("current", e.current());
        return page;
    }

    /**
     * Two saves of one record at the same moment, the second found at the flush (a record whose
     * service does not lock it first): a conflict, not a server error.
     */
    @ExceptionHandler({org.springframework.dao.OptimisticLockingFailureException.class,
            org.springframework.dao.PessimisticLockingFailureException.class})
    ModelAndView concurrentSave(Exception e, Locale locale, HttpServletResponse response) {
        log.info("Concurrent save refused: {}", e.getMessage());
        return page("error/409", HttpStatus.CONFLICT, messages.getMessage("error.409.text", null, locale), response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception e, Locale locale, HttpServletResponse response) {
        return page("error/400", HttpStatus.BAD_REQUEST, messages.getMessage("input.parameter.invalid", null, locale), response);
    }

    @ExceptionHandler(org.tiptracker.common.ForbiddenException.class)
    ModelAndView forbidden(org.tiptracker.common.ForbiddenException e, Locale locale, HttpServletResponse response) {
        log.warn("Refused: {}", e.getMessage());
        return page("error/403", HttpStatus.FORBIDDEN, messages.getMessage("error.403.text", null, locale), response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(Locale locale, HttpServletResponse response) {
        return page("error/400", HttpStatus.BAD_REQUEST, messages.getMessage("input.upload.tooLarge", null, locale), response);
    }

    private static ModelAndView page(String view, HttpStatus status, String message, HttpServletResponse response) {
        log.debug("{}: {}", status, message);
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        page.addObject("message", message);
        return page;
    }
}
