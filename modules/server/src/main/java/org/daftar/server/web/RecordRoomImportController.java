package org.daftar.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.daftar.ocr.recordroom.ImportItem;
import org.daftar.ocr.recordroom.ImportNotFoundException;
import org.daftar.ocr.recordroom.ImportProgress;
import org.daftar.ocr.recordroom.ImportRefusedException;
import org.daftar.ocr.recordroom.RecordRoomImport;
import org.daftar.server.config.DaftarProperties;
import org.daftar.server.transfer.MalformedUploadException;
import org.daftar.server.transfer.StreamedMultipart;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Record-room bulk import by upload: many scans or ZIPs, an optional CSV manifest, OCR languages and mode. The
 * upload is streamed into a directory under {@code daftar.home/imports/uploads/} and handed to the same
 * {@link RecordRoomImport} that {@code scripts/daftar import} uses; the run page then shows its progress and the
 * per-file report. Administrators only, like the folder import.
 */
@Controller
public class RecordRoomImportController {

    private static final DateTimeFormatter BATCH = DateTimeFormatter.ofPattern("'upload-'yyyy-MM-dd-HHmm");
    private static final List<String> MODES = List.of("skip", "redo", "force");

    private final RecordRoomImport imports;
    private final OcrOptions ocr;
    private final Path uploads;
    private final ImportStaging.Limits limits;
    private final MessageSource messages;

    public RecordRoomImportController(RecordRoomImport imports, OcrOptions ocr, DaftarProperties daftar,
                                      RecordRoomUploadProperties upload, MessageSource messages) {
        this.imports = imports;
        this.ocr = ocr;
        this.uploads = uploadsUnder(daftar);
        this.limits = new ImportStaging.Limits(upload.maxFiles(), upload.maxSize().toBytes());
        this.messages = messages;
    }

    /** Where uploads are staged: {@code daftar.home/imports/uploads}. */
    static Path uploadsUnder(DaftarProperties daftar) {
        return daftar.home().resolve("imports").resolve("uploads").toAbsolutePath();
    }

    @GetMapping("/record-room/import")
    public String form(Authentication user, Model model) {
        Map<String, String> values = new HashMap<>();
        values.put("batch", LocalDateTime.now(ZoneId.of("Asia/Kolkata")).format(BATCH));
        values.put("languages", ocr.defaultLanguages());
        values.put("mode", ocr.defaultMode());
        return show(model, user, values, Map.of(), null);
    }

    /** The form posts multipart (the scans are streamed), so its CSRF token travels in the query string. */
    @PostMapping("/record-room/import")
    public String upload(HttpServletRequest request, Authentication user, Locale locale, Model model) {
        Map<String, String> values = new HashMap<>();
        Upload upload = new Upload();
        StreamedMultipart.Fields fields;
        try {
            fields = StreamedMultipart.readEach(request, (sofar, field, fileName, content) -> {
                if (upload.refused != null) {
                    content.transferTo(OutputStream.nullOutputStream());
                    return;
                }
                try {
                    ImportStaging staging = upload.staging(sofar);
                    if (field.equals("manifest")) {
                        staging.addManifest(fileName, content);
                    } else {
                        staging.add(fileName, content);
                    }
                } catch (FieldProblem e) {
                    upload.refused = e;
                    // Read the rest of the request, so the browser gets the page with the message, not a reset.
                    content.transferTo(OutputStream.nullOutputStream());
                }
            });
        } catch (MalformedUploadException e) {
            upload.discard();
            return show(model, user, values, Map.of("files", messages.getMessage("recordRoomImport.problem.interrupted",
                    new Object[] {e.getMessage()}, locale)), null);
        }
        remember(fields, values);
        try {
            if (upload.refused != null) {
                throw upload.refused;
            }
            if (upload.staging == null || upload.staging.scans() == 0) {
                upload.staging(fields); // checks the other fields first, so their problems show too
                throw new FieldProblem("files", "recordRoomImport.problem.noFiles", "Choose scans or a ZIP to import");
            }
            ImportProgress run = imports.start(upload.staging.root().toString(), upload.choice.languages(),
                    upload.choice.mode(), user.getName());
            return "redirect:/record-room/imports/" + run.id();
        } catch (FieldProblem e) {
            upload.discard();
            return show(model, user, values, Map.of(e.field(), messages.getMessage(e.key(), e.arguments(), locale)), null);
        } catch (ImportRefusedException e) {
            upload.discard();
            return show(model, user, values, Map.of(), new WebProblems.Problem(
                    messages.getMessage("recordRoomImport.refused", null, locale), List.of(e.getMessage())));
        }
    }

    @GetMapping("/record-room/imports/{id}")
    public String run(@PathVariable long id, Authentication user, Model model) {
        ImportProgress progress = imports.progress(id);
        List<ImportItem> items = imports.items(id, null);
        Path base = Path.of(progress.path());
        model.addAttribute("run", progress);
        model.addAttribute("items", items.stream().map(i -> new ReportLine(i, shown(base, i.path()))).toList());
        model.addAttribute("batch", base.getFileName().toString());
        model.addAttribute("eta", progress.etaSeconds() == null ? null : duration(progress.etaSeconds()));
        return "record-room-import-run";
    }

    /** A line of the report with the file's path as the uploader knows it (inside the upload, not on the server). */
    public record ReportLine(ImportItem item, String file) {
    }

    @ExceptionHandler(ImportNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String noSuchRun(ImportNotFoundException e, Locale locale, Model model) {
        model.addAttribute("problem", new WebProblems.Problem(
                messages.getMessage("problem.notFound", null, locale), List.of(e.getMessage())));
        return "problem";
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String adminsOnly(Locale locale, Model model) {
        model.addAttribute("problem", new WebProblems.Problem(
                messages.getMessage("recordRoomImport.adminsOnly", null, locale), List.of()));
        return "problem";
    }

    /** What one request has staged so far; created when the first file arrives, after the fields it needs. */
    private final class Upload {
        ImportStaging staging;
        OcrOptions.Choice choice;
        FieldProblem refused;

        ImportStaging staging(StreamedMultipart.Fields fields) {
            if (staging == null) {
                choice = ocr.read(fields.single("languages"), fields.single("mode"));
                String batch = batchName(fields.single("batch"));
                staging = new ImportStaging(uploads.resolve(UUID.randomUUID().toString()).resolve(batch), limits);
                try {
                    Files.createDirectories(staging.root());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return staging;
        }

        void discard() {
            if (staging != null) {
                staging.discard();
                try {
                    Files.deleteIfExists(staging.root().getParent());
                } catch (IOException ignored) {
                    // an empty directory left behind is harmless
                }
            }
        }
    }

    /** The batch name is the legacy number of the loose scans' record, and the folder they are staged in. */
    private static String batchName(String typed) {
        String batch = typed == null ? "" : typed.strip();
        if (batch.isEmpty() || batch.length() > 100 || batch.startsWith(".") || batch.contains("/")
                || batch.contains("\\") || batch.chars().anyMatch(Character::isISOControl)) {
            throw new FieldProblem("batch", "recordRoomImport.problem.batch",
                    "The batch name must be 1 to 100 characters without / or \\ and not start with a dot", batch);
        }
        return batch;
    }

    private String show(Model model, Authentication user, Map<String, String> values, Map<String, String> fieldProblems,
                        WebProblems.Problem problem) {
        model.addAttribute("admin", admin(user));
        model.addAttribute("values", values);
        model.addAttribute("fieldProblems", fieldProblems);
        model.addAttribute("problem", problem);
        model.addAttribute("modes", MODES);
        model.addAttribute("installedLanguages", String.join(", ", ocr.installed()));
        model.addAttribute("maxFiles", limits.maxEntries());
        model.addAttribute("maxMegabytes", limits.maxBytes() / (1024 * 1024));
        return "record-room-import";
    }

    private static void remember(StreamedMultipart.Fields fields, Map<String, String> values) {
        fields.values().forEach((name, sent) -> {
            if (!name.equals("_csrf")) {
                values.put(name, sent.getFirst().strip());
            }
        });
    }

    private static String shown(Path base, String path) {
        Path file = Path.of(path);
        return file.startsWith(base) && !file.equals(base) ? base.relativize(file).toString() : path;
    }

    private static String duration(long seconds) {
        return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
                : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    private static boolean admin(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    }

}
