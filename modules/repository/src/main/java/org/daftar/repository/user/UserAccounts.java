package org.daftar.repository.user;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code app_user} table. */
public final class UserAccounts {

    private final JdbcClient jdbc;

    public UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username)
                .query((rs, row) -> new UserAccount(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), rs.getBoolean("admin"), rs.getBoolean("enabled")))
                .optional();
    }

    /** Adds a user; returns false if the name is taken. */
    public boolean create(UserAccount account) {
        return jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, admin, enabled) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (username) DO NOTHING
                """)
                .params(account.username(), account.displayName(), account.passwordHash(), account.admin(),
                        account.enabled())
                .update() == 1;
    }

    /** The interface language the user chose ({@code en} or {@code hi}). */
    public Optional<String> language(String username) {
        return jdbc.sql("SELECT language FROM app_user WHERE username = ?").param(username).query(String.class).optional();
    }

    /** Remembers the user's interface language; the database refuses any but {@code en} and {@code hi}. */
    public void setLanguage(String username, String language) {
        jdbc.sql("UPDATE app_user SET language = ? WHERE username = ?").params(language, username).update();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    public List<String> usernames() {
        return jdbc.sql("SELECT username FROM app_user ORDER BY username").query(String.class).list();
    }
}
