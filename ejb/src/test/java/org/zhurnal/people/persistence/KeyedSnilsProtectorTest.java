package org.zhurnal.people.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.zhurnal.people.domain.ProtectedSnils;
import org.zhurnal.people.domain.Snils;

class KeyedSnilsProtectorTest {

    @Test
    void protectedSnilsRevealsTheSameNumberAndIsFoundByItsHash() {
        KeyedSnilsProtector protector = new KeyedSnilsProtector();
        protector.key = Base64.getEncoder().encodeToString(new byte[32]);
        protector.readKey();
        Snils snils = Snils.parse("112-233-445 95");

        ProtectedSnils first = protector.protect(snils);
        ProtectedSnils second = protector.protect(snils);

        assertThat(protector.reveal(first)).isEqualTo(snils);
        assertThat(first.cipher()).isNotEqualTo(second.cipher());
        assertThat(first.lookupHash()).isEqualTo(second.lookupHash()).isEqualTo(protector.lookupHash(snils));
        assertThat(first.matches(protector.lookupHash(Snils.parse("11223344595")))).isTrue();
        assertThat(first.toString()).doesNotContain("112");
    }
}
