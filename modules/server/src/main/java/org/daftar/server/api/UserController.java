package org.daftar.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.daftar.repository.user.UserAccount;
import org.daftar.repository.user.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Users: who am I, and (for administrators) listing and adding users. */
@RestController
@Tag(name = "Users", description = "Accounts that sign in to Daftar")
public class UserController {

    private static final int MIN_PASSWORD_LENGTH = 10;

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;

    public UserController(UserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** A user as the API shows it (never the password hash). */
    public record UserView(String username, String displayName, boolean admin, boolean enabled) {
        static UserView of(UserAccount a) {
            return new UserView(a.username(), a.displayName(), a.admin(), a.enabled());
        }
    }

    /** A new user. */
    public record NewUser(String username, String displayName, String password, boolean admin) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in user")
    public UserView me(Principal user) {
        return accounts.find(user.getName()).map(UserView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + user.getName()));
    }

    @GetMapping("/api/v1/users")
    @Operation(summary = "All user names (administrators only)")
    public List<String> list() {
        return accounts.usernames();
    }

    @PostMapping("/api/v1/users")
    @Operation(summary = "Add a user (administrators only)")
    public ResponseEntity<UserView> create(@RequestBody NewUser body) {
        if (body == null || body.username() == null || !body.username().matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new BadRequestException("username must be 2-64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        if (body.displayName() == null || body.displayName().isBlank()) {
            throw new BadRequestException("displayName is required");
        }
        if (body.password() == null || body.password().length() < MIN_PASSWORD_LENGTH) {
            throw new BadRequestException("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        UserAccount account = new UserAccount(body.username(), body.displayName().strip(), encoder.encode(body.password()),
                body.admin(), true);
        if (!accounts.create(account)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "User '" + body.username() + "' already exists");
        }
        return ResponseEntity.created(URI.create("/api/v1/users/" + account.username())).body(UserView.of(account));
    }
}
