package org.zhurnal.integration.registry;

/** The headers a registry message carries into the import route (and, with it, into the dead-letter queue). */
public final class RegistryHeaders {

    /** {@code xml} or {@code csv}. */
    public static final String FORMAT = "RegistryFormat";
    /** {@code FILE} or {@code REST}. */
    public static final String CHANNEL = "RegistryChannel";
    /** The file name or the pulled page ("since=…"); never personal data. */
    public static final String SOURCE = "RegistrySource";
    /** Set by the import: how the exchange ended (COMPLETED, PARTIAL, DUPLICATE). */
    public static final String STATUS = "RegistryExchangeStatus";

    private RegistryHeaders() {
    }
}
