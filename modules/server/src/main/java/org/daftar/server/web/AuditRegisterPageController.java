package org.daftar.server.web;

import org.daftar.repository.audit.AuditChain;
import org.daftar.repository.audit.AuditCheckpoints;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The review register: the audit chain's signed checkpoints as a printable page, for administrators to print, sign
 * and file (see {@code docs/security.md}); a button writes a checkpoint now. In {@code web}, not {@code audit},
 * because the page header's model ({@link PageModel}) is advice for this package.
 */
@Controller
public class AuditRegisterPageController {

    private final AuditCheckpoints checkpoints;
    private final AuditChain chain;
    private final MessageSource messages;

    public AuditRegisterPageController(AuditCheckpoints checkpoints, AuditChain chain, MessageSource messages) {
        this.checkpoints = checkpoints;
        this.chain = chain;
        this.messages = messages;
    }

    @GetMapping("/audit-register")
    String register(Authentication user, Model model) {
        AuditCheckpoints.Readings readings = checkpoints.read();
        model.addAttribute("checkpoints", readings.checkpoints().reversed());
        model.addAttribute("problems", readings.problems());
        model.addAttribute("head", chain.head());
        model.addAttribute("fingerprint", checkpoints.keyFingerprint());
        model.addAttribute("file", checkpoints.file().toString());
        return "audit-register";
    }

    @PostMapping("/audit-register")
    String writeCheckpoint(Authentication user) {
        checkpoints.write();
        return "redirect:/audit-register";
    }
}
