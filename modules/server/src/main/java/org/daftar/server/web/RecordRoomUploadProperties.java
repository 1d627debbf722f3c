package org.daftar.server.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a record-room import uploaded through the web page ({@code daftar.record-room.upload.*}).
 *
 * @param maxFiles the most files one upload may bring, counting every entry of its ZIPs
 * @param maxSize  the most bytes one upload may unpack to
 * @param keepFinished how long an upload stays staged after its import has finished (its scans are then in the
 *                     content store; the staged copy only serves to resume an interrupted run)
 */
@ConfigurationProperties("daftar.record-room.upload")
public record RecordRoomUploadProperties(@DefaultValue("10000") int maxFiles, @DefaultValue("4GB") DataSize maxSize,
                                         @DefaultValue("P1D") java.time.Duration keepFinished) {
}
