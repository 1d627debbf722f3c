package org.daftar.eoffice.movement;

import java.time.Duration;
import java.time.Instant;

/**
 * Who held an item, from when to when ({@code until} is {@code null} for the current holder), and with what remark it
 * came.
 */
public record HoldingPeriod(long postId, Instant from, Instant until, String remarks, Duration held) {
}
