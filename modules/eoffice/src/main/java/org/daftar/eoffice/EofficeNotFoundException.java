package org.daftar.eoffice;

/** No such office, section, post, file, receipt, note or draft — or one the caller may not read. */
public final class EofficeNotFoundException extends EofficeException {

    public EofficeNotFoundException(String what, Object id) {
        super(what + " '" + id + "' does not exist");
    }
}
