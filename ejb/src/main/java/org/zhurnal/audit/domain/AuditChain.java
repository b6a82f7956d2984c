package org.zhurnal.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The hash chain over audit events: each event's hash is {@code sha256(previous hash || canonical record)},
 * the first event's previous hash is {@link #GENESIS}. Changing, removing or reordering any stored event
 * breaks every hash after it, which {@link #verify} finds.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash of {@code record} following an event whose hash is {@code previousHash} (hex). */
    public static String link(String previousHash, AuditRecord record) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(record.canonical());
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Checks stored events in chain order against the chain head ({@code headSeq}, {@code headHash}). */
    public static ChainCheck verify(Iterable<AuditEvent> eventsInOrder, long headSeq, String headHash) {
        Verifier verifier = new Verifier();
        eventsInOrder.forEach(verifier);
        return verifier.result(headSeq, headHash);
    }

    /**
     * Checks events fed in chain order: consecutive sequence numbers from 1, each previous hash equal to
     * the hash before it, each hash recomputed; finally the last event must be the chain head.
     */
    public static final class Verifier implements Consumer<AuditEvent> {

        private String previous = GENESIS;
        private long expectedSeq = 1;
        private boolean broken;

        @Override
        public void accept(AuditEvent event) {
            if (broken) {
                return;
            }
            AuditRecord record = event.record();
            if (record.seq() != expectedSeq || !event.previousHash().equals(previous)
                    || !link(previous, record).equals(event.hash())) {
                broken = true;
                return;
            }
            previous = event.hash();
            expectedSeq++;
        }

        public ChainCheck result(long headSeq, String headHash) {
            long intact = expectedSeq - 1;
            if (broken || intact != headSeq || !previous.equals(headHash)) {
                return ChainCheck.brokenAt(expectedSeq, intact);
            }
            return ChainCheck.intact(intact);
        }
    }
}
