package org.tiptracker.api;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.web.DomainMessages;

/** API errors: a status code and a JSON body with a message in the caller's language; never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final MessageSource messages;
    private final DomainMessages domainMessages;

    ApiExceptionHandler(MessageSource messages, DomainMessages domainMessages) {
        this.messages = messages;
        this.domainMessages = domainMessages;
    }

    /** The body of every API error. */
    record ApiError(int status, String error, String message) {
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ApiError> refused(DomainException e, Locale locale) {
        return error(HttpStatus.BAD_REQUEST, e.messageKey(), domainMessages.message(e, locale));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e, Locale locale) {
        return error(HttpStatus.NOT_FOUND, e.messageKey(), domainMessages.message(e.messageKey(), e.args(), locale));
    }

    @ExceptionHandler(org.tiptracker.common.ForbiddenException.class)
    ResponseEntity<ApiError> forbidden(Locale locale) {
        return error(HttpStatus.FORBIDDEN, "error.403", messages.getMessage("error.403.text", null, locale));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> badParameter(Exception e, Locale locale) {
        return error(HttpStatus.BAD_REQUEST, "input.parameter.invalid", messages.getMessage("input.parameter.invalid", null, locale));
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), code, message));
    }
}
