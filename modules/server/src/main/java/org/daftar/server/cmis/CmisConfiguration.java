package org.daftar.server.cmis;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.chemistry.opencmis.server.impl.CmisRepositoryContextListener;
import org.apache.chemistry.opencmis.server.impl.atompub.CmisAtomPubServlet;
import org.apache.chemistry.opencmis.server.shared.BasicAuthCallContextHandler;
import org.daftar.cmis.binding.StrictBrowserBindingServlet;
import org.daftar.cmis.query.FullTextMatcher;
import org.daftar.cmis.service.DaftarCmisServiceFactory;
import org.daftar.cmis.service.UploadBuffering;
import org.daftar.model.TypeRegistry;
import javax.sql.DataSource;
import org.daftar.repository.Repository;
import org.daftar.repository.node.NodeService;
import org.daftar.repository.user.UserAccounts;
import org.daftar.search.query.SearchService;
import org.daftar.server.security.login.LoginProtection;
import org.daftar.server.config.DaftarProperties;
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
    DaftarCmisServiceFactory cmisServiceFactory(TypeRegistry registry, Repository repository, NodeService nodes,
                                                DataSource dataSource, UserAccounts accounts, PasswordEncoder encoder,
                                                LoginProtection loginProtection,
                                                ObjectProvider<FullTextMatcher> fullText, DaftarProperties daftar,
                                                CmisProperties cmis) {
        return new DaftarCmisServiceFactory(registry, nodes, repository.audit(), dataSource,
                new AccountCmisUsers(accounts, encoder, loginProtection), Optional.ofNullable(fullText.getIfAvailable()),
                uploadBuffering(daftar, cmis));
    }

    /** Uploads are buffered under {@code daftar.home/tmp/cmis}, encrypted, and refused at the content limit. */
    static UploadBuffering uploadBuffering(DaftarProperties daftar, CmisProperties cmis) {
        long threshold = Math.min(cmis.memoryThreshold().toBytes(), Integer.MAX_VALUE);
        UploadBuffering buffering = new UploadBuffering(uploadDirectory(daftar), (int) threshold,
                daftar.content().maxSize().toBytes());
        buffering.removeLeftovers();
        return buffering;
    }

    /** Where OpenCMIS's temporary upload files go. */
    public static Path uploadDirectory(DaftarProperties daftar) {
        return daftar.home().resolve("tmp").resolve("cmis").toAbsolutePath();
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
    ServletRegistrationBean<StrictBrowserBindingServlet> cmisBrowserBinding(DaftarCmisServiceFactory factory) {
        var registration = new ServletRegistrationBean<>(new StrictBrowserBindingServlet(factory.propertyText()),
                "/cmis/browser/*");
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
