package org.zhurnal.it.support;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The EAR exactly as built, imported from the build output, with the test classes and their assertion
 * libraries added as libraries: in-container tests run against the real modules, not a hand-listed copy.
 */
public final class RealEar {

    private RealEar() {
    }

    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        File ear = new File(System.getProperty("zhurnal.stack.ear"));
        EnterpriseArchive archive = ShrinkWrap.create(ZipImporter.class, "zhurnal.ear").importFrom(ear)
                .as(EnterpriseArchive.class);
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "zhurnal-it.jar")
                .addClasses(testClasses)
                .addClass(RealEar.class);
        return archive.addAsLibrary(tests)
                .addAsLibraries(jarOf(Assertions.class), jarOf(Awaitility.class), jarOf(Matcher.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
