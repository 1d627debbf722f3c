package org.daftar.repository.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hash chain over committed audit events (migration {@code V1_4__audit_chain.sql} links them at commit; this
 * class is the independent Java definition the verifier recomputes with).
 *
 * <p><b>Canonical form (version 1).</b> An event's canonical form is the UTF-8 encoding of the JSON array
 * <pre>[id, "at", "actor", "action", "nodeId", details]</pre>
 * written exactly as PostgreSQL renders {@code jsonb}:
 * <ul>
 *   <li>elements separated by {@code ", "} (comma, space), no space after {@code [} or before {@code ]};</li>
 *   <li>{@code id}: the event id as a decimal integer;</li>
 *   <li>{@code at}: the event time in UTC as {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} (always six fractional digits);</li>
 *   <li>{@code actor}, {@code action}: JSON strings; {@code nodeId}: the lowercase hyphenated UUID as a JSON
 *       string, or {@code null} (without quotes) for an event about no node;</li>
 *   <li>JSON strings escape {@code "} and {@code \} with a backslash, the controls U+0008, U+000C, U+000A, U+000D,
 *       U+0009 as {@code \b \f \n \r \t}, every other character below U+0020 as <code>&#92;u00xx</code> (lowercase hex), and
 *       leave every other character, non-ASCII included, as it is;</li>
 *   <li>{@code details}: the stored {@code jsonb} value as PostgreSQL prints it (what {@code SELECT details},
 *       {@code COPY} and {@code pg_dump} show): object keys unique and ordered by byte length, then bytewise;
 *       {@code ": "} between a key and its value; {@code ", "} between members; numbers as stored.</li>
 * </ul>
 * Example: {@code [17, "2026-12-04T10:15:30.123456Z", "admin", "CREATE", "0f6c…", {"name": "a.pdf"}]}.
 *
 * <p><b>Chain.</b> Link {@code n} (positions 1, 2, 3 … in commit order) stores
 * {@code hash(n) = SHA-256(hash(n-1) || canonical(event))}, with {@code hash(0)} 32 zero bytes ({@link #GENESIS}).
 */
public final class AuditChain {

    /** The hash before the first link. */
    public static final byte[] GENESIS = new byte[32];

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;

    public AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The end of the chain: how many links, the last event and its hash (position 0 and {@link #GENESIS} while no
     * event has been committed).
     */
    public record Head(long position, Long eventId, String hash) {
    }

    /** The committed end of the chain. */
    public Head head() {
        return jdbc.sql("SELECT seq, event_id, hash FROM audit_chain_head")
                .query((rs, row) -> new Head(rs.getLong("seq"), (Long) rs.getObject("event_id"),
                        hex(rs.getBytes("hash"))))
                .single();
    }

    /** The canonical form of an event (see the class comment), as text. */
    public static String canonical(long id, OffsetDateTime at, String actor, String action, UUID nodeId,
                                   String detailsJsonb) {
        StringBuilder out = new StringBuilder(96 + actor.length() + detailsJsonb.length());
        out.append('[').append(id).append(", ");
        string(out, at.withOffsetSameInstant(ZoneOffset.UTC).format(TIME)).append(", ");
        string(out, actor).append(", ");
        string(out, action).append(", ");
        (nodeId == null ? out.append("null") : string(out, nodeId.toString())).append(", ");
        return out.append(detailsJsonb).append(']').toString();
    }

    /** {@code SHA-256(previous || UTF-8(canonical))}. */
    public static byte[] link(byte[] previous, String canonical) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        return sha256.digest(canonical.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    public static byte[] unhex(String hash) {
        return HEX.parseHex(hash);
    }

    /** A JSON string as PostgreSQL's {@code escape_json} writes it. */
    private static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
