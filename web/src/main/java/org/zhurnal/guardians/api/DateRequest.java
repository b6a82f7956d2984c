package org.zhurnal.guardians.api;

/** Body of {@code POST …/end} and {@code …/withdraw}: {@code {"date":"2026-12-01"}} (today by default). */
public record DateRequest(String date) {
}
