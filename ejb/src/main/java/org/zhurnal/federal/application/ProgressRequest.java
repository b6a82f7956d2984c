package org.zhurnal.federal.application;

import java.time.LocalDate;

/**
 * A request for the service "information on current progress" as it came through СМЭВ 3: the СМЭВ message id,
 * where the answer goes, who asks and for which child (by SNILS, as the portal knows them) and for which period.
 * SNILS are personal data: the record prints without them.
 */
public record ProgressRequest(String messageId, String replyTo, String applicantSnils, String childSnils,
                              LocalDate from, LocalDate to) {

    @Override
    public String toString() {
        return "ProgressRequest[" + messageId + ", " + from + ".." + to + ", details hidden]";
    }
}
