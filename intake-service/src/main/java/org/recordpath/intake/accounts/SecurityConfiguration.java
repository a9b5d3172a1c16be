package org.recordpath.intake.accounts;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three filter chains (in a web application only): actuator (health public, the rest ADMIN over Basic), the stateless
 * JSON API under {@code /api/**} with HTTP Basic (no CSRF token, since no cookie authenticates it; instead the
 * {@link ApiRequestGuard} refuses state-changing calls from another origin and bodies a form could send, and the
 * 401 challenge does not invite the browser's Basic prompt), and the pages with form login, a session and CSRF tokens. Both send a strict CSP (no inline
 * scripts or styles), deny framing, send no referrer and HSTS over HTTPS. Sign-in events go to the {@link
 * LoginThrottle} and the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * BCrypt, with successful checks remembered for a short time ({@code recordpath.security.verified-credentials-ttl},
     * 0 to check every time) so that the stateless API does not pay for BCrypt on every request.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            SecuritySettings settings,
            Clock clock,
            @Value("${recordpath.security.verified-credentials-ttl:5m}") Duration ttl) {
        return new VerifiedCredentials(new BCryptPasswordEncoder(settings.bcryptStrength()), ttl, clock);
    }

    @Bean
    LoginThrottle loginThrottle(SecuritySettings settings, Clock clock) {
        return new LoginThrottle(
                clock,
                settings.loginMaxFailures(),
                settings.loginFailureWindow(),
                settings.loginFirstDelay(),
                settings.loginLockout());
    }

    @Bean
    AccountUserDetails accountUserDetails(AccountRepository repository, LoginThrottle throttle) {
        return new AccountUserDetails(repository, throttle);
    }

    /** Sign-in successes and failures (form and Basic) as application events, for the throttle and the audit. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** Requests refused by role as application events, for the audit. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    Accounts accounts(AccountRepository repository, PasswordEncoder encoder, Clock clock, LoginThrottle throttle) {
        return new Accounts(repository, encoder, clock, throttle);
    }

    /** The filter chains exist only in a web application; a worker process ({@code worker} profile) has none. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class FilterChains {
        /**
         * Actuator: health (and its liveness/readiness groups) is public for load balancers and probes; every other
         * endpoint, {@code /actuator/prometheus} included, needs an ADMIN account over HTTP Basic (a scraper gets
         * its own ADMIN account).
         */
        @Bean
        @Order(0)
        SecurityFilterChain actuator(HttpSecurity http) throws Exception {
            http.securityMatcher("/actuator/**")
                    .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll()
                            .anyRequest()
                            .hasRole(Role.ADMIN.name()));
            return statelessBasic(http).build();
        }

        @Bean
        @Order(1)
        /**
         * HTTP Basic, and bearer JWTs when an OIDC issuer is configured
         * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri} or
         * {@code public-key-location}): the token names the user, the RecordPath account decides what they may do.
         */
        SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, AccountUserDetails users)
                throws Exception {
            http.securityMatcher("/api/**")
                    .addFilterBefore(new ApiRequestGuard(), BasicAuthenticationFilter.class)
                    .authorizeHttpRequests(auth -> auth.requestMatchers("/api/audit", "/api/audit/**", "/api/admin/**")
                            .hasRole(Role.ADMIN.name())
                            .requestMatchers(HttpMethod.POST, "/api/patients")
                            .hasAnyRole(Role.NAVIGATOR.name(), Role.ADMIN.name())
                            .requestMatchers(HttpMethod.POST, "/api/documents/*/rerun")
                            .hasAnyRole(Role.NAVIGATOR.name(), Role.ADMIN.name())
                            .anyRequest()
                            .authenticated());
            JwtDecoder jwt = jwtDecoder.getIfAvailable();
            if (jwt != null) {
                ProblemResponses problems = new ProblemResponses();
                http.oauth2ResourceServer(oauth -> oauth.jwt(
                                j -> j.decoder(jwt).jwtAuthenticationConverter(new AccountJwtConverter(users)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
            }
            return statelessBasic(http).build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain pages(
                HttpSecurity http, AccountRepository repository, PlatformTransactionManager transactions)
                throws Exception {
            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            http.addFilterBefore(new SessionAccountCheck(repository, readOnly), AuthorizationFilter.class)
                    .authorizeHttpRequests(auth -> auth.requestMatchers(
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
                    .formLogin(form -> form.loginPage("/login")
                            .defaultSuccessUrl("/", true)
                            .permitAll())
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                    .headers(SecurityConfiguration::strictHeaders);
            return http.build();
        }
    }

    /** HTTP Basic without a session or CSRF (no cookie authenticates), failures as problem details. */
    private static HttpSecurity statelessBasic(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        return http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::strictHeaders);
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin"));
    }
}
