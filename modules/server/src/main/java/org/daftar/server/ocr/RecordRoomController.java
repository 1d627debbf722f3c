package org.daftar.server.ocr;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.daftar.ocr.recordroom.RecordRoomRegister;
import org.daftar.ocr.recordroom.RegisterEntry;
import org.daftar.ocr.recordroom.RegisterQuery;
import org.daftar.server.api.BadRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The record-room register of physical files. */
@RestController
@RequestMapping("/api/v1/record-room/files")
public class RecordRoomController {

    private final RecordRoomRegister register;

    RecordRoomController(RecordRoomRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Physical files by legacy number (prefix), room/rack/shelf/box, retention, review due on or before a date")
    public List<RegisterEntry> find(@RequestParam(required = false) String legacyNumber,
                                    @RequestParam(required = false) String room,
                                    @RequestParam(required = false) String rack,
                                    @RequestParam(required = false) String shelf,
                                    @RequestParam(required = false) String box,
                                    @RequestParam(required = false) String retention,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate reviewDueBefore,
                                    @RequestParam(defaultValue = "0") int skipCount,
                                    @RequestParam(defaultValue = "100") int maxItems) {
        if (skipCount < 0 || maxItems < 1 || maxItems > 1000) {
            throw new BadRequestException("skipCount must be 0 or more and maxItems between 1 and 1000");
        }
        return register.find(new RegisterQuery(blankToNull(legacyNumber), blankToNull(room), blankToNull(rack),
                blankToNull(shelf), blankToNull(box), blankToNull(retention), reviewDueBefore, skipCount, maxItems));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
