package org.zhurnal.esia.protocol;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * BouncyCastle's GOST algorithms, used through a private provider instance: nothing is registered in the JVM's
 * provider list (Keycloak and WildFly keep theirs untouched).
 */
public final class Gost {

    /** GOST R 34.10-2012 with a 256-bit key over a GOST R 34.11-2012 (Streebog-256) digest. */
    public static final String SIGNATURE = "GOST3411-2012-256WITHECGOST3410-2012-256";
    /** Key algorithm of GOST R 34.10-2012 keys. */
    public static final String KEY_ALGORITHM = "ECGOST3410-2012";
    /** TC 26 parameter set A for 256-bit keys, the one ESIA's certificates use. */
    public static final String CURVE = "Tc26-Gost-3410-12-256-paramSetA";
    /** Streebog-256 (GOST R 34.11-2012, 256 bits). */
    public static final String DIGEST_OID = "1.2.643.7.1.1.2.2";

    static final Provider PROVIDER = new BouncyCastleProvider();

    private Gost() {
    }

    public static Provider provider() {
        return PROVIDER;
    }
}
