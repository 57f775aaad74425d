package org.tiptracker.web.assets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Gives every Thymeleaf view the variable {@code assets} (a static variable of the view resolver),
 * whether a controller, the error controller or a filter renders it.
 */
@Configuration(proxyBeanMethods = false)
public class AssetsInViews {

    @Bean
    static BeanPostProcessor assetsInEveryView(ObjectProvider<Assets> assets) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.addStaticVariable(Assets.ATTRIBUTE, assets.getObject());
                }
                return bean;
            }
        };
    }
}
