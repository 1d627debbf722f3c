package org.daftar.eoffice.organisation;

/** A section of an office, e.g. Revenue (code {@code Rev}) of Collectorate Sehore. */
public record Section(long id, long officeId, String code, String nameEn, String nameHi) {
}
