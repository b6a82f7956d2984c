package org.zhurnal.integration.registry.wire;

/**
 * The message cannot be read at all (not XML, no header line…): a poison message, never redelivered,
 * kept in the dead-letter queue with its original body. The message is Russian, for the operator.
 */
public class MalformedBatchException extends RuntimeException {

    public MalformedBatchException(String message) {
        super(message);
    }

    public MalformedBatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
