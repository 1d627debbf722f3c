package org.daftar.server.eoffice;

import java.security.Principal;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.InvalidRequestException;
import org.springframework.stereotype.Component;

/** Turns the {@code X-Daftar-Desk} header into the desk the caller acts for, checking they hold it now. */
@Component
public class Desks {

    /** The header naming the post (desk) a request acts for. */
    public static final String HEADER = "X-Daftar-Desk";

    private final Eoffice eoffice;

    public Desks(Eoffice eoffice) {
        this.eoffice = eoffice;
    }

    /** The acting desk: the post in the header, or the caller's default post when the header is absent. */
    public ActingDesk acting(Principal user, String header) {
        Long postId = null;
        if (header != null && !header.isBlank()) {
            try {
                postId = Long.parseLong(header.strip());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(HEADER + " must be a post id (a number), not '" + header + "'");
            }
        }
        return eoffice.organisation().actingDesk(user.getName(), postId);
    }
}
