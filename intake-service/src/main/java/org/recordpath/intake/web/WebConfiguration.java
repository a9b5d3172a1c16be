package org.recordpath.intake.web;

import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.patients.Patients;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        registry.addInterceptor(new SignInNotices.Shown());
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new ContractJsonConverter());
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration =
                new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    Administration administration(Accounts accounts, Patients patients, AuditLog audit) {
        return new Administration(accounts, patients, audit);
    }

    @Bean
    CorrelatedErrorAttributes errorAttributes() {
        return new CorrelatedErrorAttributes();
    }
}
