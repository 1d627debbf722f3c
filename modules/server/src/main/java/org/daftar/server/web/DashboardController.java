package org.daftar.server.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.organisation.Office;
import org.daftar.eoffice.pendency.MonthCount;
import org.daftar.eoffice.pendency.OfficeRank;
import org.daftar.eoffice.pendency.Pendency;
import org.daftar.eoffice.pendency.PendencyReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What officers and collectors review: pendency by section and desk with ageing, month-wise created / received /
 * forwarded / closed, and the ranking of the offices under this one. Charts are drawn on the server as plain HTML
 * bars with the numbers beside them, so the page needs no script and stays readable when printed.
 */
@Controller
public class DashboardController {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final Eoffice eoffice;
    private final ActingDeskChoice actingDesk;

    public DashboardController(Eoffice eoffice, ActingDeskChoice actingDesk) {
        this.eoffice = eoffice;
        this.actingDesk = actingDesk;
    }

    @GetMapping("/dashboard")
    public String dashboard(@RequestParam(required = false) Long office, Principal user, HttpSession session, Model model) {
        ActingDesk desk = actingDesk.of(user, session);
        long officeId = office == null ? desk.officeId() : office;
        Office shown = eoffice.organisation().office(officeId);
        LocalDate today = LocalDate.now(INDIA);
        List<Pendency> sections = eoffice.reports().pendency(officeId, PendencyReports.Level.section);
        List<Pendency> desks = eoffice.reports().pendency(officeId, PendencyReports.Level.desk);
        List<MonthCount> months = eoffice.reports().monthly(officeId, today.getYear());
        List<OfficeRank> ranking = eoffice.reports().ranking(officeId, today.withDayOfMonth(1).minusMonths(2), today.plusDays(1));
        model.addAttribute("office", shown);
        model.addAttribute("sections", sections);
        model.addAttribute("desks", desks);
        model.addAttribute("months", months);
        model.addAttribute("ranking", ranking);
        model.addAttribute("pendingScale", Math.max(1, desks.stream().mapToLong(Pendency::pending).max().orElse(0)));
        model.addAttribute("monthScale", Math.max(1, months.stream()
                .mapToLong(m -> Math.max(Math.max(m.created(), m.received()), Math.max(m.sent(), m.closed()))).max().orElse(0)));
        return "dashboard";
    }
}
