package org.zhurnal.integration.registry;

/** A record that cannot be applied as it is; the message is the Russian reason for the error report. */
public class RecordRejectedException extends RuntimeException {

    public RecordRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
