package org.zhurnal.integration.registry;

/** The registry did not answer, or not in time, or not with a page: the next poll tries again. */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
