package org.daftar.eoffice.draft;

/**
 * An entry of the dispatch register as one reader sees it.
 *
 * @param dispatch     the entry
 * @param fileReadable whether the reader may open the file (and so the draft in it): every holder of the office's posts
 *                     reads the register, but a Confidential file or another section's file stays closed to them
 */
public record RegisterEntry(Dispatch dispatch, boolean fileReadable) {
}
