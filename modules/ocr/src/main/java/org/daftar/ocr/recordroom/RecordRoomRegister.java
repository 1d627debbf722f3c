package org.daftar.ocr.recordroom;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The record-room register: physical files by legacy number, location, retention category and review date. */
public final class RecordRoomRegister {

    private final JdbcClient jdbc;

    public RecordRoomRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Matching records, by legacy number. */
    public List<RegisterEntry> find(RegisterQuery q) {
        return jdbc.sql("""
                SELECT n.id, n.properties,
                       (SELECT count(*) FROM node s WHERE s.parent_id = n.id AND s.type = 'eo:scan' AND s.deleted_at IS NULL) AS scans
                FROM node n
                WHERE n.type = 'eo:file' AND 'eo:recordRoom' = ANY (n.aspects) AND n.deleted_at IS NULL
                  AND (CAST(:legacy AS text) IS NULL OR n.properties ->> 'eo:legacyFileNumber' ILIKE :legacy || '%')
                  AND (CAST(:room AS text) IS NULL OR n.properties ->> 'eo:room' = :room)
                  AND (CAST(:rack AS text) IS NULL OR n.properties ->> 'eo:rack' = :rack)
                  AND (CAST(:shelf AS text) IS NULL OR n.properties ->> 'eo:shelf' = :shelf)
                  AND (CAST(:box AS text) IS NULL OR n.properties ->> 'eo:box' = :box)
                  AND (CAST(:retention AS text) IS NULL OR n.properties ->> 'eo:retentionCategory' = :retention)
                  AND (CAST(:due AS date) IS NULL OR CAST(n.properties ->> 'eo:reviewDue' AS date) <= CAST(:due AS date))
                ORDER BY n.properties ->> 'eo:legacyFileNumber', n.id
                OFFSET :skip LIMIT :max
                """)
                .param("legacy", q.legacyNumber()).param("room", q.room()).param("rack", q.rack())
                .param("shelf", q.shelf()).param("box", q.box()).param("retention", q.retention())
                .param("due", q.reviewDueBefore() == null ? null : java.sql.Date.valueOf(q.reviewDueBefore()))
                .param("skip", q.skip()).param("max", q.maxItems())
                .query((rs, row) -> {
                    var p = new org.daftar.repository.property.PropertyJson().read(rs.getString("properties"));
                    return new RegisterEntry(rs.getObject("id", UUID.class), (String) p.get("eo:legacyFileNumber"),
                            (String) p.get("eo:subject"), (Long) p.get("eo:recordYear"), (String) p.get("eo:sectionCode"),
                            (String) p.get("eo:retentionCategory"), (String) p.get("eo:room"), (String) p.get("eo:rack"),
                            (String) p.get("eo:shelf"), (String) p.get("eo:box"), (String) p.get("eo:reviewDue"),
                            rs.getLong("scans"));
                })
                .list();
    }
}
