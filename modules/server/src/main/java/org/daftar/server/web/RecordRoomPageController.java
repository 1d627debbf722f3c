package org.daftar.server.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.daftar.ocr.recordroom.RecordRoomRegister;
import org.daftar.ocr.recordroom.RegisterEntry;
import org.daftar.ocr.recordroom.RegisterQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The record room's register of physical files: legacy number, subject, year, retention, where the paper file lies
 * (room, rack, shelf, box), when it is due for review and how many scans it has; filtered by any of these.
 */
@Controller
public class RecordRoomPageController {

    private static final int MAX_ROWS = 500;

    private final RecordRoomRegister register;

    public RecordRoomPageController(RecordRoomRegister register) {
        this.register = register;
    }

    @GetMapping("/record-room")
    public String register(@RequestParam(defaultValue = "") String legacyNumber, @RequestParam(defaultValue = "") String room,
                           @RequestParam(defaultValue = "") String rack, @RequestParam(defaultValue = "") String shelf,
                           @RequestParam(defaultValue = "") String box, @RequestParam(defaultValue = "") String retention,
                           @RequestParam(defaultValue = "") String reviewDueBefore, Model model) {
        LocalDate due = null;
        if (!reviewDueBefore.isBlank()) {
            try {
                due = LocalDate.parse(reviewDueBefore);
            } catch (DateTimeParseException e) {
                model.addAttribute("dueProblem", true);
            }
        }
        model.addAttribute("entries", register.find(new RegisterQuery(blankToNull(legacyNumber), blankToNull(room),
                        blankToNull(rack), blankToNull(shelf), blankToNull(box), blankToNull(retention), due, 0, MAX_ROWS))
                .stream().map(Row::new).toList());
        model.addAttribute("filter", new Filter(legacyNumber, room, rack, shelf, box, retention, reviewDueBefore));
        return "record-room";
    }

    /** A register line and where the paper file lies, written as room / rack / shelf / box. */
    public record Row(RegisterEntry entry, String location) {
        Row(RegisterEntry entry) {
            this(entry, Stream.of(entry.room(), entry.rack(), entry.shelf(), entry.box())
                    .map(part -> part == null ? "–" : part).collect(Collectors.joining(" / ")));
        }
    }

    /** The filter as typed, to show it back. */
    public record Filter(String legacyNumber, String room, String rack, String shelf, String box, String retention,
                         String reviewDueBefore) {
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
