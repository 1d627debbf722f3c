package org.daftar.repository.version;

/**
 * A document version number as people write it, {@code major.minor}: 1.0 for the first version, a minor change
 * gives 1.1, a major one 2.0.
 */
public record VersionLabel(int major, int minor) implements Comparable<VersionLabel> {

    /** The label of a document's first version. */
    public static final VersionLabel FIRST = new VersionLabel(1, 0);

    public VersionLabel {
        if (major < 0 || minor < 0 || (major == 0 && minor == 0)) {
            throw new IllegalArgumentException("Invalid version " + major + "." + minor);
        }
    }

    /** Reads {@code "2.1"}. */
    public static VersionLabel parse(String label) {
        int dot = label == null ? -1 : label.indexOf('.');
        try {
            if (dot > 0) {
                return new VersionLabel(Integer.parseInt(label.substring(0, dot)), Integer.parseInt(label.substring(dot + 1)));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the common message
        }
        throw new IllegalArgumentException("'" + label + "' is not a version label like 1.0 or 2.3");
    }

    /** The label after this one. */
    public VersionLabel next(boolean majorChange) {
        return majorChange ? new VersionLabel(major + 1, 0) : new VersionLabel(major, minor + 1);
    }

    @Override
    public int compareTo(VersionLabel other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
