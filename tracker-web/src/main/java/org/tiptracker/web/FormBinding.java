package org.tiptracker.web;

import java.util.List;

import org.springframework.beans.AbstractNestablePropertyAccessor;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Binds every {@link BoundForm} by field: the form a request posts, and the form a page shows (Spring
 * makes a binder for it too, whose result {@code th:field} reads). Everything else keeps the bean binder.
 *
 * <p>This is decided in the binder rather than in an {@code @InitBinder} method, because a form that
 * a request posts is created by its binder only after those methods have run.
 */
@Component
public class FormBinding implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
                return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
                    @Override
                    protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
                                                                            NativeWebRequest request) {
                        return new FormBinder(target, objectName);
                    }
                };
            }
        };
    }

    /** The request binder, reading and writing a form's fields once its target is known. */
    static class FormBinder extends ExtendedServletRequestDataBinder {

        FormBinder(Object target, String objectName) {
            super(target, objectName);
        }

        @Override
        protected AbstractPropertyBindingResult createBeanPropertyBindingResult() {
            if (!(getTarget() instanceof BoundForm)) {
                return super.createBeanPropertyBindingResult();
            }
            AbstractPropertyBindingResult result = createDirectFieldBindingResult();
            // The field accessor does not take the binder's limit on growing a list from an index, as
            // the bean accessor does: without it, a forged index would fill the memory.
            ((AbstractNestablePropertyAccessor) result.getPropertyAccessor())
                    .setAutoGrowCollectionLimit(getAutoGrowCollectionLimit());
            return result;
        }
    }
}
