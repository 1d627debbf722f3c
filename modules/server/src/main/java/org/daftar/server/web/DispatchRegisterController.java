package org.daftar.server.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.EofficeNotFoundException;
import org.daftar.eoffice.draft.Dispatch;
import org.daftar.eoffice.draft.RegisterPage;
import org.daftar.eoffice.organisation.Office;
import org.daftar.eoffice.organisation.Post;
import org.daftar.server.eoffice.Csv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dispatch register of an office for a year, for the dispatch clerk and the officers: every letter issued with
 * its dispatch number, newest first, a page at a time, and the whole year as CSV. Readable by the holders of the
 * office's posts, as on the REST side ({@code /api/v1/eoffice/offices/{id}/dispatch-register}); the file of an entry
 * is linked only for a reader who may open it.
 */
@Controller
public class DispatchRegisterController {

    /** Rows per page, as on the desk. */
    static final int PAGE_SIZE = 50;
    /** The earliest year the register can be asked for; older years are a typing slip. */
    static final int FIRST_YEAR = 1900;

    private final Eoffice eoffice;
    private final ActingDeskChoice actingDesk;
    private final PostTitles postTitles;
    private final ModelLabels labels;
    private final IndianFormats formats;
    private final WebProblems problems;

    public DispatchRegisterController(Eoffice eoffice, ActingDeskChoice actingDesk, PostTitles postTitles,
                                      ModelLabels labels, IndianFormats formats, WebProblems problems) {
        this.eoffice = eoffice;
        this.actingDesk = actingDesk;
        this.postTitles = postTitles;
        this.labels = labels;
        this.formats = formats;
        this.problems = problems;
    }

    /** One entry as the page and the CSV show it, in the reader's language. */
    public record Row(String number, String date, String addressee, String mode, UUID fileId, String fileNumber,
                      UUID draftId, String subject, boolean fileReadable, String dispatchedBy) {
    }

    @GetMapping("/dispatch")
    public String register(@RequestParam(required = false) Long office, @RequestParam(required = false) String year,
                           @RequestParam(defaultValue = "1") int page, Principal user, HttpSession session,
                           Locale locale, Model model, HttpServletResponse response) {
        List<Office> offices = officesOf(user);
        model.addAttribute("offices", offices);
        model.addAttribute("yearText", year == null ? String.valueOf(thisYear()) : year.strip());
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(0, 4).map(i -> thisYear() - i).boxed().toList());
        model.addAttribute("fieldProblems", Map.of());
        if (offices.isEmpty()) {
            return "dispatch";
        }
        Office shown = chosen(offices, office, user, session);
        model.addAttribute("office", shown);
        int chosenYear;
        try {
            chosenYear = year(year);
        } catch (FieldRefusal refusal) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fieldProblems", Map.of(refusal.field(),
                    problems.text(refusal.messageKey(), refusal.arguments(), locale)));
            return "dispatch";
        }
        int pageNumber = Math.max(1, page);
        RegisterPage register = eoffice.dispatchRegister().page(user.getName(), shown.id(), chosenYear,
                (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<Long, String> postNames = new HashMap<>();
        model.addAttribute("year", chosenYear);
        model.addAttribute("rows", register.entries().stream()
                .map(e -> row(e.dispatch(), e.fileReadable(), locale, postNames)).toList());
        model.addAttribute("total", register.total());
        model.addAttribute("page", pageNumber);
        model.addAttribute("pages", Math.max(1, (register.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "dispatch";
    }

    /** The year's whole register in dispatch order, as the page shows it, for a spreadsheet. */
    @GetMapping("/dispatch.csv")
    public ResponseEntity<String> csv(@RequestParam(required = false) Long office,
                                      @RequestParam(required = false) String year, Principal user, HttpSession session,
                                      Locale locale) {
        List<Office> offices = officesOf(user);
        if (offices.isEmpty()) {
            throw new EofficeNotFoundException("Dispatch register of office", office == null ? "(none)" : office);
        }
        Office shown = chosen(offices, office, user, session);
        int chosenYear;
        try {
            chosenYear = year(year);
        } catch (FieldRefusal refusal) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body(problems.text(refusal.messageKey(), refusal.arguments(), locale) + "\n");
        }
        Map<Long, String> postNames = new HashMap<>();
        List<List<Object>> lines = eoffice.dispatchRegister().year(user.getName(), shown.id(), chosenYear).stream()
                .map(d -> row(d, false, locale, postNames))
                .map(r -> List.<Object>of(r.number(), r.date(), Csv.text(r.addressee()), r.mode(), r.fileNumber(),
                        Csv.text(r.subject() == null
                        ? problems.text("dispatch.subjectWithheld", new Object[0], locale) : r.subject()), r.dispatchedBy()))
                .toList();
        List<String> header = List.of("number", "date", "addressee", "mode", "file", "subject", "by").stream()
                .map(key -> problems.text("dispatch." + key, new Object[0], locale)).toList();
        String fileName = "dispatch-register-" + shown.code().replaceAll("[^A-Za-z0-9-]", "_") + "-" + chosenYear + ".csv";
        return Csv.attachment(fileName, Csv.of(header, lines));
    }

    private Row row(Dispatch d, boolean readable, Locale locale, Map<Long, String> postNames) {
        return new Row(d.dispatchNumber(), formats.date(d.dispatchedAt()), d.addressee(),
                labels.value("eo:deliveryMode", d.mode(), locale), d.fileId(), d.fileNumber(), d.draftId(), d.subject(),
                readable, postNames.computeIfAbsent(d.dispatchedByPost(), id -> postTitles.of(id, locale)));
    }

    /** The offices the user holds posts in, in the order of their posts (the default post's first). */
    private List<Office> officesOf(Principal user) {
        return eoffice.organisation().postsOf(user.getName()).stream().map(Post::officeId).distinct()
                .map(id -> eoffice.organisation().office(id)).toList();
    }

    /**
     * The office asked for, else the acting desk's, else the first. An office the user holds no post in is refused
     * as not found, as the REST side and the service refuse it, whatever else the request holds.
     */
    private Office chosen(List<Office> offices, Long wanted, Principal user, HttpSession session) {
        if (wanted != null) {
            return offices.stream().filter(o -> o.id() == wanted).findFirst()
                    .orElseThrow(() -> new EofficeNotFoundException("Dispatch register of office", wanted));
        }
        ActingDesk desk = actingDesk.orNull(user, session);
        return offices.stream().filter(o -> desk != null && o.id() == desk.officeId()).findFirst()
                .orElse(offices.getFirst());
    }

    /** The year asked for (Latin or Devanagari digits; dispatch numbers carry the UTC year), or a refusal next to the year field. */
    private static int year(String typed) {
        if (typed == null || typed.isBlank()) {
            return thisYear();
        }
        String text = typed.strip();
        int last = thisYear();
        int year = fourDigits(text);
        if (year >= FIRST_YEAR && year <= last) {
            return year;
        }
        throw new FieldRefusal("year", "dispatch.problem.year", String.valueOf(FIRST_YEAR), String.valueOf(last), text);
    }

    /** Four digits, Latin (2026) or Devanagari (२०२६), as a number; -1 for anything else. */
    private static int fourDigits(String text) {
        if (text.length() != 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(i);
            boolean latin = c >= '0' && c <= '9';
            boolean devanagari = c >= '\u0966' && c <= '\u096F';
            if (!latin && !devanagari) {
                return -1;
            }
            value = value * 10 + (latin ? c - '0' : c - '\u0966');
        }
        return value;
    }

    private static int thisYear() {
        return Year.now(ZoneOffset.UTC).getValue();
    }
}
