package org.daftar.server.cmis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * CMIS settings ({@code daftar.cmis.*}; see {@code docs/configuration.md}). The largest content accepted over CMIS
 * is {@code daftar.content.max-size}, as for every other way in.
 *
 * @param memoryThreshold how much of an uploaded content stream OpenCMIS keeps in memory while it reads the request;
 *                        above it the rest goes to an encrypted temporary file under {@code daftar.home/tmp/cmis}
 */
@ConfigurationProperties("daftar.cmis")
public record CmisProperties(@DefaultValue("4MB") DataSize memoryThreshold) {
}
