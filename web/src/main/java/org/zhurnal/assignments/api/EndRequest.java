package org.zhurnal.assignments.api;

/** Body of {@code POST …/end}: {@code {"validTo":"2026-12-29"}} (the first day without it; today by default). */
public record EndRequest(String validTo) {
}
