package org.dyad.user.security;

import org.dyad.user.UserService;
import org.dyad.user.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Everything needs a signed-in user. The web UI signs in at {@code /login} (session); the API also
 * takes HTTP Basic for scripts, and never redirects — an unauthenticated call gets 401, a
 * forbidden one 403. Which views need which role is on the views ({@code @PermitAll},
 * {@code @RolesAllowed("ADMIN")}); which API calls need ADMIN is here.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
public class SecurityConfig {

    @Bean
    AuthenticationManager authenticationManager(UserService users) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(users.passwordEncoder());
        return new ProviderManager(provider);
    }

    @Bean
    @Order(0)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication) throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/articles").hasRole("ADMIN")
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Dyad"))
                // scripts send Basic credentials, not a session's token; the session cookie is SameSite=Lax,
                // so another site cannot post with it either
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authentication) throws Exception {
        http.authenticationManager(authentication);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/error").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
