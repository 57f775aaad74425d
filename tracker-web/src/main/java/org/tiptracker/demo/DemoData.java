package org.tiptracker.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * A loader of demonstration data: a component only when the application runs on its embedded
 * database and {@code tracker.demo.enabled} is not false, as the README's first command does. On an
 * external database no demonstration record is ever written.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ConditionalOnExpression("${tracker.database.embedded:false} and ${tracker.demo.enabled:true}")
public @interface DemoData {
}
