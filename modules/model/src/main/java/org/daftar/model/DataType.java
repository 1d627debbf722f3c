package org.daftar.model;

import java.util.Arrays;
import java.util.Optional;

/** The data types of Alfresco's dictionary model ({@code d:} namespace) that a property may declare. */
public enum DataType {
    ANY("d:any"),
    TEXT("d:text"),
    MLTEXT("d:mltext"),
    CONTENT("d:content"),
    INT("d:int"),
    LONG("d:long"),
    FLOAT("d:float"),
    DOUBLE("d:double"),
    DATE("d:date"),
    DATETIME("d:datetime"),
    BOOLEAN("d:boolean"),
    QNAME("d:qname"),
    NODEREF("d:noderef"),
    CHILD_ASSOC_REF("d:childassocref"),
    ASSOC_REF("d:assocref"),
    PATH("d:path"),
    CATEGORY("d:category"),
    LOCALE("d:locale"),
    VERSION("d:version"),
    PERIOD("d:period"),
    ENCRYPTED("d:encrypted");

    private final String prefixedName;

    DataType(String prefixedName) {
        this.prefixedName = prefixedName;
    }

    /** The name as written in a model, e.g. {@code d:text}. */
    public String prefixedName() {
        return prefixedName;
    }

    /** True for the types whose values are whole numbers. */
    public boolean isIntegral() {
        return this == INT || this == LONG;
    }

    /** True for the types whose values are numbers of any kind. */
    public boolean isNumeric() {
        return isIntegral() || this == FLOAT || this == DOUBLE;
    }

    /** True for the types whose values are text (and so may carry LENGTH and REGEX constraints). */
    public boolean isTextual() {
        return this == TEXT || this == MLTEXT || this == ANY;
    }

    /** Finds the data type written as {@code d:name} in a model. */
    public static Optional<DataType> fromPrefixedName(String name) {
        return Arrays.stream(values()).filter(t -> t.prefixedName.equals(name)).findFirst();
    }
}
