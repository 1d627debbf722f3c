package org.daftar.server.web;

import java.util.List;
import java.util.Locale;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.organisation.Post;
import org.daftar.repository.user.UserAccount;
import org.daftar.repository.user.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * The desk picker of the send forms: a text box with type-ahead (a native {@code datalist}) over the office's desks,
 * each offered as "designation — holder's name"; the server resolves what was typed back to one post. Typing a part of
 * a designation or a name is enough when it names exactly one desk.
 */
@Component
public class DeskPicker {

    private static final String SEPARATOR = " — ";

    private final Eoffice eoffice;
    private final UserAccounts users;
    private final PostTitles titles;

    public DeskPicker(Eoffice eoffice, UserAccounts users, PostTitles titles) {
        this.eoffice = eoffice;
        this.users = users;
        this.titles = titles;
    }

    /** One desk as offered in the list. */
    public record Choice(long postId, String text) {
    }

    /** What the typed text names. */
    public sealed interface Resolution {
        /** Exactly one desk. */
        record Found(long postId) implements Resolution {
        }

        /** No desk; {@code text} as typed. */
        record Unknown(String text) implements Resolution {
        }

        /** Several desks; {@code candidates} as offered in the list. */
        record Ambiguous(String text, List<String> candidates) implements Resolution {
        }
    }

    /** The desks of the office to send to, senior first, leaving out the sender's own. */
    public List<Choice> choices(long officeId, long exceptPost, Locale locale) {
        return eoffice.organisation().posts(officeId).stream().filter(p -> p.id() != exceptPost)
                .map(p -> new Choice(p.id(), text(p, locale))).toList();
    }

    /**
     * The desk named by {@code typed}: an offered text in either language, else the one desk whose designation, title,
     * holder's user name or holder's name contains the typed words (case and spacing ignored).
     */
    public Resolution resolve(long officeId, long exceptPost, String typed, Locale locale) {
        String wanted = normal(typed);
        if (wanted.isEmpty()) {
            return new Resolution.Unknown("");
        }
        List<Post> posts = eoffice.organisation().posts(officeId).stream().filter(p -> p.id() != exceptPost).toList();
        for (Post post : posts) {
            if (normal(text(post, Locale.ENGLISH)).equals(wanted) || normal(text(post, Locale.of("hi"))).equals(wanted)) {
                return new Resolution.Found(post.id());
            }
        }
        List<Post> matching = posts.stream().filter(p -> searchable(p).contains(wanted)).toList();
        return switch (matching.size()) {
            case 0 -> new Resolution.Unknown(typed.strip());
            case 1 -> new Resolution.Found(matching.getFirst().id());
            default -> new Resolution.Ambiguous(typed.strip(), matching.stream().map(p -> text(p, locale)).toList());
        };
    }

    /** The post named by {@code typed}, or a refusal of form field {@code field} saying why none is. */
    long require(String field, long officeId, long exceptPost, String typed, Locale locale) {
        return switch (resolve(officeId, exceptPost, typed, locale)) {
            case Resolution.Found found -> found.postId();
            case Resolution.Unknown unknown when unknown.text().isEmpty() -> throw new FieldRefusal(field, "picker.required");
            case Resolution.Unknown unknown -> throw new FieldRefusal(field, "picker.unknown", unknown.text());
            case Resolution.Ambiguous ambiguous -> throw new FieldRefusal(field, "picker.ambiguous", ambiguous.text(),
                    ambiguous.candidates().size(), String.join("; ", ambiguous.candidates()));
        };
    }

    private String text(Post post, Locale locale) {
        String holder = holderName(post);
        return titles.of(post, locale) + (holder == null ? "" : SEPARATOR + holder);
    }

    private String searchable(Post post) {
        return normal(String.join(" | ", post.designationEn(), nullToEmpty(post.designationHi()), post.titleEn(),
                nullToEmpty(post.titleHi()), nullToEmpty(post.holder()), nullToEmpty(holderName(post))));
    }

    private String holderName(Post post) {
        if (post.holder() == null) {
            return null;
        }
        return users.find(post.holder()).map(UserAccount::displayName).filter(n -> n != null && !n.isBlank())
                .orElse(post.holder());
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
