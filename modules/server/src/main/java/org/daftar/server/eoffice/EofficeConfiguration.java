package org.daftar.server.eoffice;

import java.time.Clock;
import javax.sql.DataSource;
import org.daftar.eoffice.Eoffice;
import org.daftar.repository.access.ReadAccess;
import org.daftar.repository.Repository;
import org.daftar.repository.access.WriteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the e-Office module and makes its access rules (read and write) the ones every surface uses. */
@Configuration(proxyBeanMethods = false)
public class EofficeConfiguration {

    @Bean
    Eoffice eoffice(DataSource dataSource, PlatformTransactionManager transactions, Repository repository) {
        return Eoffice.assemble(dataSource, transactions, repository, Clock.systemUTC());
    }

    /** Desks, sections and grading decide who reads e-Office nodes; other nodes keep the grading rule. */
    @Bean
    @Primary
    ReadAccess eofficeReadAccess(Eoffice eoffice) {
        return eoffice.access();
    }

    /** e-Office items change only through the e-Office services; other nodes keep the owner rule. */
    @Bean
    @Primary
    WriteAccess eofficeWriteAccess(Eoffice eoffice) {
        return eoffice.writeAccess();
    }
}
