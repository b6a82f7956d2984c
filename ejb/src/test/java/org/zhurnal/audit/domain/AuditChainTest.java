package org.zhurnal.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-09-01T03:15:30.123456789Z");

    @Test
    void eachHashIsSha256OfThePreviousHashAndTheCanonicalRecord() throws Exception {
        AuditRecord record = record(1, "person.card-created", "42");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                (AuditChain.GENESIS + "1:1;27:2026-09-01T03:15:30.123456Z;13:https://idp/x;5:admin;"
                        + "19:person.card-created;6:PERSON;2:42;").getBytes(StandardCharsets.UTF_8)));
        assertThat(AuditChain.link(AuditChain.GENESIS, record)).isEqualTo(expected);
    }

    @Test
    void timesAreHashedAtTheDatabasesMicrosecondPrecision() {
        assertThat(record(1, "a", "1").occurredAt()).isEqualTo(Instant.parse("2026-09-01T03:15:30.123456Z"));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditRecord a = new AuditRecord(1, AT, "iss", "sub", "x.y", "PERSON", "12");
        AuditRecord b = new AuditRecord(1, AT, "iss", "sub", "x.y", "PERSON1", "2");
        assertThat(AuditChain.link(AuditChain.GENESIS, a)).isNotEqualTo(AuditChain.link(AuditChain.GENESIS, b));
    }

    @Test
    void anUntouchedChainVerifies() {
        List<AuditEvent> chain = chain(3);
        ChainCheck check = AuditChain.verify(chain, 3, chain.get(2).hash());
        assertThat(check.intact()).isTrue();
        assertThat(check.checkedEvents()).isEqualTo(3);
        assertThat(AuditChain.verify(List.of(), 0, AuditChain.GENESIS).intact()).isTrue();
    }

    @Test
    void aChangedEventBreaksTheChainThere() throws Exception {
        List<AuditEvent> chain = chain(3);
        set(chain.get(1), "objectId", "43");
        ChainCheck check = AuditChain.verify(chain, 3, chain.get(2).hash());
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBrokenSeq()).hasValue(2);
        assertThat(check.checkedEvents()).isEqualTo(1);
    }

    @Test
    void aRemovedEventBreaksTheChain() {
        List<AuditEvent> chain = chain(3);
        String head = chain.get(2).hash();
        chain.remove(1);
        assertThat(AuditChain.verify(chain, 3, head).firstBrokenSeq()).hasValue(2);
    }

    @Test
    void aRemovedLastEventIsFoundThroughTheHead() {
        List<AuditEvent> chain = chain(3);
        String head = chain.get(2).hash();
        chain.remove(2);
        assertThat(AuditChain.verify(chain, 3, head).firstBrokenSeq()).hasValue(3);
    }

    @Test
    void aRehashedForgeryStillDisagreesWithItsSuccessor() {
        List<AuditEvent> chain = chain(3);
        AuditEvent forged = event("staff.appointed", "999");
        forged.seal(2, chain.get(0).hash());
        chain.set(1, forged);
        assertThat(AuditChain.verify(chain, 3, chain.get(2).hash()).firstBrokenSeq()).hasValue(3);
    }

    @Test
    void aBatchEventHashesEveryIdItNamesInOrder() throws Exception {
        AuditEvent batch = AuditEvent.unsealedBatch(AT, "https://idp/x", "registry", "student.enrolled", "PERSON",
                List.of(7L, 8L, 9L));
        batch.seal(1, AuditChain.GENESIS);
        assertThat(batch.record().objectId()).isEqualTo("batch:3");
        assertThat(batch.record().objectIds()).containsExactly(7L, 8L, 9L);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                (AuditChain.GENESIS + "1:1;27:2026-09-01T03:15:30.123456Z;13:https://idp/x;8:registry;"
                        + "16:student.enrolled;6:PERSON;7:batch:3;5:7,8,9;").getBytes(StandardCharsets.UTF_8)));
        assertThat(batch.hash()).isEqualTo(expected);

        List<AuditEvent> chain = chain(2);
        chain.add(batch);
        batch = AuditEvent.unsealedBatch(AT, "https://idp/x", "registry", "student.enrolled", "PERSON",
                List.of(7L, 8L, 9L));
        batch.seal(3, chain.get(1).hash());
        chain.set(2, batch);
        assertThat(AuditChain.verify(chain, 3, batch.hash()).intact()).isTrue();
        set(batch, "objectIds", new Long[] {7L, 9L, 8L});
        assertThat(AuditChain.verify(chain, 3, batch.hash()).firstBrokenSeq()).hasValue(3);
    }

    @Test
    void anEventAboutOneObjectHashesAsBeforeBatchesExisted() {
        assertThat(record(1, "a", "1").canonical()).isEqualTo(
                new AuditRecord(1, AT, "https://idp/x", "admin", "a", "PERSON", "1", List.of()).canonical());
    }

    @Test
    void whereAnEventCameFromIsHashedAndAnEventWithoutOneHashesAsBefore() throws Exception {
        AuditEvent event = event("account.signed-in", "1").from("192.0.2.7");
        event.seal(1, AuditChain.GENESIS);
        List<AuditEvent> chain = List.of(event);
        assertThat(AuditChain.verify(chain, 1, event.hash()).intact()).isTrue();
        set(event, "origin", "198.51.100.1");
        assertThat(AuditChain.verify(chain, 1, event.hash()).firstBrokenSeq()).hasValue(1);
        assertThat(record(1, "a", "1").canonical()).isEqualTo(
                new AuditRecord(1, AT, "https://idp/x", "admin", "a", "PERSON", "1", List.of(), null).canonical());
        assertThat(new String(new AuditRecord(1, AT, "https://idp/x", "admin", "a", "PERSON", "1", List.of(), "::1")
                .canonical(), java.nio.charset.StandardCharsets.UTF_8)).endsWith(";4:@::1;");
    }

    private static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditEvent event = event("person.card-created", "4" + seq);
            event.seal(seq, previous);
            events.add(event);
            previous = event.hash();
        }
        return events;
    }

    @Test
    void anEventIsSealedOnlyOnce() {
        AuditEvent event = event("person.card-created", "1");
        assertThat(event.sealed()).isFalse();
        event.seal(1, AuditChain.GENESIS);
        assertThat(event.sealed()).isTrue();
        assertThat(event.hash()).isEqualTo(AuditChain.link(AuditChain.GENESIS, record(1, "person.card-created", "1")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> event.seal(2, event.hash()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static AuditEvent event(String action, String objectId) {
        return AuditEvent.unsealed(AT, "https://idp/x", "admin", action, "PERSON", objectId);
    }

    private static AuditRecord record(long seq, String action, String objectId) {
        return new AuditRecord(seq, AT, "https://idp/x", "admin", action, "PERSON", objectId);
    }

    private static void set(AuditEvent event, String field, Object value) throws Exception {
        Field f = AuditEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(event, value);
    }
}
