package org.daftar.server.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.EofficeException;
import org.springframework.stereotype.Component;

/** The post a signed-in user acts for on the web pages: the one chosen on the desk page, else their default post. */
@Component
public class ActingDeskChoice {

    static final String SESSION_KEY = "daftar.actingPost";

    private final Eoffice eoffice;

    public ActingDeskChoice(Eoffice eoffice) {
        this.eoffice = eoffice;
    }

    /** The acting desk; refuses (DeskNotHeldException) a user who holds no post. */
    public ActingDesk of(Principal user, HttpSession session) {
        return eoffice.organisation().actingDesk(user.getName(), (Long) session.getAttribute(SESSION_KEY));
    }

    /** The acting desk, or {@code null} for a user who holds no post (they may still read what they are allowed to). */
    public ActingDesk orNull(Principal user, HttpSession session) {
        try {
            return of(user, session);
        } catch (EofficeException e) {
            return null;
        }
    }

    /** Remembers the post chosen on the desk page. */
    public void choose(HttpSession session, long postId) {
        session.setAttribute(SESSION_KEY, postId);
    }

    /** The post chosen earlier in this session, if any. */
    public Long chosen(HttpSession session) {
        return (Long) session.getAttribute(SESSION_KEY);
    }
}
