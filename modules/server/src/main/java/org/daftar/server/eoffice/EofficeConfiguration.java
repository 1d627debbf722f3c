package org.daftar.server.eoffice;

import java.time.Clock;
import javax.sql.DataSource;
import org.daftar.eoffice.Eoffice;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.node.NodeService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the e-Office module and makes its access rule the one every surface uses. */
@Configuration(proxyBeanMethods = false)
public class EofficeConfiguration {

    @Bean
    Eoffice eoffice(DataSource dataSource, PlatformTransactionManager transactions, NodeService nodes) {
        return Eoffice.assemble(dataSource, transactions, nodes, Clock.systemUTC());
    }

    /** Desks, sections and grading decide who reads e-Office nodes; other nodes keep the grading rule. */
    @Bean
    @Primary
    ReadAccess eofficeReadAccess(Eoffice eoffice) {
        return eoffice.access();
    }
}
