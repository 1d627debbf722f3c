package org.daftar.server.eoffice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.pendency.MonthCount;
import org.daftar.eoffice.pendency.OfficeRank;
import org.daftar.eoffice.pendency.Pendency;
import org.daftar.eoffice.pendency.PendencyReports.Level;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pendency and review reports as JSON, or as CSV (UTF-8 with a byte-order mark so spreadsheet programs show Hindi)
 * with {@code format=csv}. Counts only: no subjects or numbers, so every signed-in user may read them.
 */
@RestController
@RequestMapping("/api/v1/eoffice/reports")
@Tag(name = "e-Office reports", description = "Pendency with ageing, month-wise counts, office ranking; JSON or CSV")
public class ReportController {

    private final Eoffice eoffice;

    public ReportController(Eoffice eoffice) {
        this.eoffice = eoffice;
    }

    @GetMapping("/pendency")
    @Operation(summary = "Pending items of an office by desk, section or office (with offices below), ageing 0-7/8-15/16-30/>30 days")
    public ResponseEntity<?> pendency(@RequestParam long officeId, @RequestParam(defaultValue = "desk") String level,
                                      @RequestParam(defaultValue = "json") String format) {
        eoffice.organisation().office(officeId);
        Level parsed = Arrays.stream(Level.values()).filter(l -> l.name().equals(level)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("level must be desk, section or office, not '" + level + "'"));
        List<Pendency> rows = eoffice.reports().pendency(officeId, parsed);
        return Csv.answer(format, rows, "pendency.csv", Csv.of(
                List.of("id", "name", "name_hi", "pending", "days_0_7", "days_8_15", "days_16_30", "days_over_30",
                        "overdue", "parked"),
                rows.stream().map(r -> List.<Object>of(r.id(), r.name(), r.nameHi(), r.pending(), r.days0to7(),
                        r.days8to15(), r.days16to30(), r.over30(), r.overdue(), r.parked())).toList()));
    }

    @GetMapping("/monthly")
    @Operation(summary = "Month-wise files created, receipts received, sends and closures of an office")
    public ResponseEntity<?> monthly(@RequestParam long officeId, @RequestParam(required = false) Integer year,
                                     @RequestParam(defaultValue = "json") String format) {
        eoffice.organisation().office(officeId);
        List<MonthCount> rows = eoffice.reports().monthly(officeId, year == null ? Year.now().getValue() : year);
        return Csv.answer(format, rows, "monthly.csv", Csv.of(List.of("month", "created", "received", "sent", "closed"),
                rows.stream().map(r -> List.<Object>of(r.month(), r.created(), r.received(), r.sent(), r.closed())).toList()));
    }

    @GetMapping("/ranking")
    @Operation(summary = "District review table: an office and the offices directly under it, ranked by items handled")
    public ResponseEntity<?> ranking(@RequestParam long officeId, @RequestParam(required = false) LocalDate from,
                                     @RequestParam(required = false) LocalDate to,
                                     @RequestParam(defaultValue = "json") String format) {
        eoffice.organisation().office(officeId);
        LocalDate start = from == null ? LocalDate.now().withDayOfYear(1) : from;
        LocalDate end = to == null ? LocalDate.now().plusDays(1) : to;
        List<OfficeRank> rows = eoffice.reports().ranking(officeId, start, end);
        return Csv.answer(format, rows, "ranking.csv", Csv.of(
                List.of("rank", "office_id", "code", "name", "name_hi", "created", "received", "sent", "closed",
                        "pending", "overdue", "handled"),
                rows.stream().map(r -> List.<Object>of(r.rank(), r.officeId(), r.code(), r.name(), r.nameHi(),
                        r.created(), r.received(), r.sent(), r.closed(), r.pending(), r.overdue(), r.handled())).toList()));
    }
}
