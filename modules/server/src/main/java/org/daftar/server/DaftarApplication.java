package org.daftar.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Daftar: the repository, its REST API and (in later modules) e-Office, OCR, search and CMIS. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DaftarApplication {

    public static void main(String[] args) {
        SpringApplication.run(DaftarApplication.class, args);
    }
}
