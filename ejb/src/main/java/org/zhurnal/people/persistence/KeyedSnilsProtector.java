package org.zhurnal.people.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhurnal.people.domain.ProtectedSnils;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.people.domain.SnilsProtector;
import org.zhurnal.shared.security.SecretHasher;

/**
 * Protects SNILS with the personal-data key {@code zhurnal.pii.key} (environment {@code ZHURNAL_PII_KEY}:
 * base64 of 32 random bytes). There is deliberately no default: without the key the application does not
 * deploy, and with another key the stored numbers cannot be read nor found. The same key hashes other
 * secrets (invite codes) for their own purposes.
 */
@ApplicationScoped
public class KeyedSnilsProtector implements SnilsProtector, SecretHasher {

    static final String PURPOSE = "person.snils";

    @Inject
    @ConfigProperty(name = "zhurnal.pii.key")
    String key;

    private PiiCipher cipher;

    @PostConstruct
    void readKey() {
        cipher = PiiCipher.fromBase64(key);
        key = null;
    }

    /** Reads the key when the application starts, so a malformed key stops the deployment, not a request. */
    void checkKeyAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cipher.toString();
    }

    @Override
    public ProtectedSnils protect(Snils snils) {
        return new ProtectedSnils(cipher.encrypt(snils.digits(), PURPOSE), lookupHash(snils));
    }

    @Override
    public byte[] lookupHash(Snils snils) {
        return cipher.lookupHash(snils.digits(), PURPOSE);
    }

    @Override
    public byte[] hash(String value, String purpose) {
        if (PURPOSE.equals(purpose)) {
            throw new IllegalArgumentException("the SNILS purpose is reserved");
        }
        return cipher.lookupHash(value, purpose);
    }

    @Override
    public Snils reveal(ProtectedSnils stored) {
        return Snils.parse(cipher.decrypt(stored.cipher(), PURPOSE));
    }
}
