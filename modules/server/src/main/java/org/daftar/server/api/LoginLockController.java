package org.daftar.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.daftar.server.security.login.LoginProtection;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Accounts locked by login protection, for administrators ({@code /api/v1/users/**} is admin-only): which are
 * locked, until when, and unlocking one before its lock ends.
 */
@RestController
@Tag(name = "Users", description = "Accounts that sign in to Daftar")
public class LoginLockController {

    private final LoginProtection protection;

    public LoginLockController(LoginProtection protection) {
        this.protection = protection;
    }

    @GetMapping("/api/v1/users/locks")
    @Operation(summary = "Accounts locked after too many failed sign-ins (administrators only)")
    public List<LoginProtection.Lock> locks() {
        return protection.locked();
    }

    @GetMapping("/api/v1/users/{username}/lock")
    @Operation(summary = "The lock of one account; 404 when it is not locked (administrators only)")
    public LoginProtection.Lock lock(@PathVariable String username) {
        return protection.lockOf(username).orElseThrow(() -> notLocked(username));
    }

    @DeleteMapping("/api/v1/users/{username}/lock")
    @Operation(summary = "Unlock an account now (administrators only); audited as ACCOUNT_UNLOCKED")
    public ResponseEntity<Void> unlock(@PathVariable String username, Principal admin, HttpServletRequest request) {
        if (!protection.unlock(username, admin.getName(), request.getRemoteAddr())) {
            throw notLocked(username);
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseStatusException notLocked(String username) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "The account '" + username + "' is not locked");
    }
}
