package org.daftar.server.web;

import java.util.Locale;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.organisation.Post;
import org.springframework.stereotype.Component;

/** A post's full title ("Assistant Grade-2, Revenue Section, Collectorate Sehore") in the reader's language. */
@Component
public class PostTitles {

    private final Eoffice eoffice;

    public PostTitles(Eoffice eoffice) {
        this.eoffice = eoffice;
    }

    /** The title of post {@code postId}, or "" for none. */
    public String of(Long postId, Locale locale) {
        return postId == null ? "" : of(eoffice.organisation().post(postId), locale);
    }

    /** The title of {@code post}. */
    public String of(Post post, Locale locale) {
        return "hi".equals(locale.getLanguage()) && post.titleHi() != null ? post.titleHi() : post.titleEn();
    }
}
