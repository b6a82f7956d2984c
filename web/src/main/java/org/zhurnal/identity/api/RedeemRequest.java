package org.zhurnal.identity.api;

/** Body of {@code POST /invitations/redeem}: the code as the person typed it. */
public record RedeemRequest(String code) {
}
