package org.zhurnal.importjobs.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** The answer to an upload started as a job: 202 Accepted, where to follow it, and its first state. */
public final class ImportJobResponses {

    private ImportJobResponses() {
    }

    /** 202 with {@code Location} {@code {listPath}/imports/{jobId}} (under the API's base) and the job. */
    public static Response accepted(String listPath, ImportJobView job) {
        return Response.accepted(job)
                .location(UriBuilder.fromPath(listPath + "/imports/{jobId}").build(job.jobId()))
                .build();
    }
}
