package org.daftar.server.eoffice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.InvalidRequestException;
import org.daftar.eoffice.movement.Priority;
import org.daftar.eoffice.receipt.NewReceipt;
import org.daftar.eoffice.receipt.Receipt;
import org.daftar.server.ocr.ReceiptScanOcr;
import org.daftar.server.transfer.StreamedMultipart;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receipts (dak): diarise (JSON for a physical receipt; multipart with a {@code receipt} JSON part first and the scan
 * as the {@code file} part for an electronic one), optionally sending it on at once ({@code sendTo}: Generate &amp;
 * Send), read and edit. The scan itself is downloaded from {@code /api/v1/nodes/{id}/content}.
 */
@RestController
@RequestMapping("/api/v1/eoffice/receipts")
@Tag(name = "e-Office receipts", description = "Dak: diarise, Generate & Send, edit, read")
public class ReceiptController {

    private final Eoffice eoffice;
    private final Desks desks;
    private final JsonMapper json;
    private final ReceiptScanOcr scanOcr;

    public ReceiptController(Eoffice eoffice, Desks desks, JsonMapper json, ReceiptScanOcr scanOcr) {
        this.eoffice = eoffice;
        this.desks = desks;
        this.json = json;
        this.scanOcr = scanOcr;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Diarise a receipt from JSON (physical, metadata only); with sendTo, send it on in the same step")
    public ResponseEntity<ItemView> diarise(@RequestBody EofficeRequests.ReceiptRequest body, Principal user,
                                            @RequestHeader(name = Desks.HEADER, required = false) String desk,
                                            @RequestParam(required = false) Long sendTo,
                                            @RequestParam(required = false) String remarks,
                                            @RequestParam(required = false) String priority,
                                            @RequestParam(required = false) LocalDate dueDate) {
        EofficeRequests.require(body);
        return created(store(desks.acting(user, desk), body.toNewReceipt(), null, null, sendTo, remarks, priority, dueDate));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Diarise an electronic receipt: part 'receipt' (JSON) first, then part 'file' (the scan, streamed)")
    public ResponseEntity<ItemView> diariseWithScan(HttpServletRequest request, Principal user,
                                                    @RequestHeader(name = Desks.HEADER, required = false) String desk,
                                                    @RequestParam(required = false) Long sendTo,
                                                    @RequestParam(required = false) String remarks,
                                                    @RequestParam(required = false) String priority,
                                                    @RequestParam(required = false) LocalDate dueDate) {
        ActingDesk acting = desks.acting(user, desk);
        return StreamedMultipart.read(request, (fields, fileName, contentType, scan) -> {
            for (String field : fields.values().keySet()) {
                if (!field.equals("receipt")) {
                    throw new InvalidRequestException("Unknown part '" + field + "'; send 'receipt' then 'file'");
                }
            }
            String receipt = fields.single("receipt");
            if (receipt == null) {
                throw new InvalidRequestException("Send the 'receipt' part before the 'file' part");
            }
            Receipt diarised = store(acting, parse(receipt), scan, contentType, sendTo, remarks, priority, dueDate);
            scanOcr.queue(diarised);
            return created(diarised);
        }, fields -> {
            throw new InvalidRequestException("The multipart request has no 'file' part with the scanned letter");
        });
    }

    private NewReceipt parse(String receipt) {
        try {
            return json.readValue(receipt, EofficeRequests.ReceiptRequest.class).toNewReceipt();
        } catch (JacksonException e) {
            throw new InvalidRequestException("Part 'receipt' must be a JSON receipt: " + e.getOriginalMessage());
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "A receipt with its diary number, whereabouts and properties")
    public ItemView get(@PathVariable UUID id, Principal user) {
        return ItemView.of(eoffice.receipts().get(user.getName(), id));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change receipt fields (holding desk); receivedDate, letterDate, deliveryMode frozen after the first move")
    public ItemView update(@PathVariable UUID id, @RequestBody Map<String, Object> body, Principal user,
                           @RequestHeader(name = Desks.HEADER, required = false) String desk) {
        EofficeRequests.require(body);
        return ItemView.of(eoffice.receipts().update(desks.acting(user, desk), id, body));
    }

    private Receipt store(ActingDesk desk, NewReceipt receipt, InputStream scan, String mimeType, Long sendTo,
                          String remarks, String priority, LocalDate dueDate) {
        if (sendTo == null) {
            return eoffice.receipts().diarise(desk, receipt, scan, mimeType);
        }
        return eoffice.dak().generateAndSend(desk, receipt, scan, mimeType, sendTo, remarks, Priority.parse(priority), dueDate);
    }

    private static ResponseEntity<ItemView> created(Receipt receipt) {
        return ResponseEntity.created(URI.create("/api/v1/eoffice/receipts/" + receipt.item().nodeId()))
                .body(ItemView.of(receipt));
    }
}
