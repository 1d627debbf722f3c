package org.daftar.server.web;

import java.time.Clock;
import org.daftar.ocr.recordroom.RecordRoomImport;
import org.daftar.repository.user.UserAccounts;
import org.daftar.server.config.DaftarProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.DispatcherServlet;

/** Wiring of the web pages: the per-user language, and the removal of staged record-room uploads. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    /** Named as DispatcherServlet expects, so it replaces the default Accept-Language resolver. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(UserAccounts accounts) {
        return new UserLanguageResolver(accounts);
    }

    @Bean(destroyMethod = "close")
    StagedUploads stagedUploads(DaftarProperties daftar, RecordRoomImport imports, RecordRoomUploadProperties upload) {
        return new StagedUploads(RecordRoomImportController.uploadsUnder(daftar), imports, upload.keepFinished(),
                Clock.systemUTC()).start();
    }
}
