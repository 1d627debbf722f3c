package org.daftar.server.web;

import org.daftar.repository.user.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.DispatcherServlet;

/** Wiring of the web pages: the per-user language. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    /** Named as DispatcherServlet expects, so it replaces the default Accept-Language resolver. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(UserAccounts accounts) {
        return new UserLanguageResolver(accounts);
    }
}
