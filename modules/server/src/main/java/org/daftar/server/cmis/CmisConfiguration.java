package org.daftar.server.cmis;

import java.util.Map;
import java.util.Optional;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.atompub.CmisAtomPubServlet;
import org.apache.chemistry.opencmis.server.impl.browser.CmisBrowserBindingServlet;
import org.apache.chemistry.opencmis.server.shared.BasicAuthCallContextHandler;
import org.daftar.cmis.query.FullTextMatcher;
import org.daftar.cmis.service.CmisUsers;
import org.daftar.cmis.service.DaftarCmisServiceFactory;
import org.daftar.model.TypeRegistry;
import org.daftar.repository.Repository;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.user.UserAccounts;
import org.daftar.search.query.SearchService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Serves CMIS 1.1 at {@code /cmis/browser} and {@code /cmis/atom}. OpenCMIS finds its service factory in a
 * servlet-context attribute; it authenticates each request itself against Daftar's users (see
 * {@code SecurityConfiguration}, which lets {@code /cmis/**} through to it).
 */
@Configuration(proxyBeanMethods = false)
public class CmisConfiguration {

    private static final Map<String, String> INIT_PARAMETERS = Map.of(
            "callContextHandler", BasicAuthCallContextHandler.class.getName(),
            "cmisVersion", "1.1");

    @Bean
    DaftarCmisServiceFactory cmisServiceFactory(TypeRegistry registry, Repository repository, ReadAccess access,
                                                UserAccounts accounts, PasswordEncoder encoder,
                                                ObjectProvider<FullTextMatcher> fullText) {
        return new DaftarCmisServiceFactory(registry, repository.nodes(), access, repository.jdbc(),
                new AccountCmisUsers(accounts, encoder), Optional.ofNullable(fullText.getIfAvailable()));
    }

    /** CMIS {@code CONTAINS} answered by the search index, under the same access filter as search. */
    @Bean
    FullTextMatcher cmisFullText(SearchService search) {
        return new IndexFullTextMatcher(search);
    }

    @Bean
    ServletContextInitializer cmisServiceFactoryAttribute(DaftarCmisServiceFactory factory) {
        return context -> context.setAttribute(CmisRepositoryContextListener.SERVICES_FACTORY, factory);
    }

    /** Content streams served by CMIS follow the same inline policy as REST and web content. */
    @Bean
    FilterRegistrationBean<CmisContentHeaders> cmisContentHeaders() {
        var registration = new FilterRegistrationBean<>(new CmisContentHeaders());
        registration.addUrlPatterns("/cmis/*");
        return registration;
    }

    @Bean
    ServletRegistrationBean<CmisBrowserBindingServlet> cmisBrowserBinding() {
        var registration = new ServletRegistrationBean<>(new CmisBrowserBindingServlet(), "/cmis/browser/*");
        registration.setName("cmisBrowser");
        registration.setInitParameters(INIT_PARAMETERS);
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    ServletRegistrationBean<CmisAtomPubServlet> cmisAtomPubBinding() {
        var registration = new ServletRegistrationBean<>(new CmisAtomPubServlet(), "/cmis/atom/*");
        registration.setName("cmisAtomPub");
        registration.setInitParameters(INIT_PARAMETERS);
        registration.setLoadOnStartup(1);
        return registration;
    }
}
