package org.daftar.repository;

/** Content larger than the configured limit; nothing of it is kept. */
public final class ContentTooLargeException extends RepositoryException {
    private final long limitBytes;

    public ContentTooLargeException(long limitBytes) {
        super("Content is larger than the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
