package org.zhurnal.bench;

/**
 * One scenario's figures. Latencies in milliseconds; {@code cpuMsPerRequest} is the application server's
 * CPU time (user + system) divided by the requests; {@code heapMb} the server's heap in use after the run;
 * {@code limitRatio} the share of the raw database limit reached ({@code NaN} when there is none).
 */
record ScenarioResult(String scenario, int concurrency, long requests, double seconds, double p50, double p95,
                      double p99, long errors, double cpuMsPerRequest, double heapMb, double limitRatio) {

    double requestsPerSecond() {
        return requests / Math.max(seconds, 0.001);
    }

    ScenarioResult withLimit(double limitRequestsPerSecond) {
        return new ScenarioResult(scenario, concurrency, requests, seconds, p50, p95, p99, errors, cpuMsPerRequest,
                heapMb, requestsPerSecond() / limitRequestsPerSecond);
    }

    ScenarioResult withServer(double cpuMs, double heap) {
        return new ScenarioResult(scenario, concurrency, requests, seconds, p50, p95, p99, errors,
                requests == 0 ? Double.NaN : cpuMs / requests, heap, limitRatio);
    }
}
