package org.recordpath.intake.accounts;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the stateless JSON API under {@code /api/**} with HTTP Basic (no CSRF, since no cookie
 * authenticates it), and the pages with form login, a session and CSRF tokens. Both send a strict CSP.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings) {
        return new BCryptPasswordEncoder(settings.bcryptStrength());
    }

    @Bean
    AccountUserDetails accountUserDetails(AccountRepository repository) {
        return new AccountUserDetails(repository);
    }

    @Bean
    Accounts accounts(AccountRepository repository, PasswordEncoder encoder, Clock clock) {
        return new Accounts(repository, encoder, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/patients")
                        .hasAnyRole(Role.NAVIGATOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/documents/*/rerun")
                        .hasAnyRole(Role.NAVIGATOR.name(), Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/css/**",
                                "/error",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/documents/*/rerun")
                        .hasAnyRole(Role.NAVIGATOR.name(), Role.ADMIN.name())
                        .requestMatchers("/review", "/review/**")
                        .hasAnyRole(Role.NAVIGATOR.name(), Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
    }
}
