package io.contactshield.serdes.avro;

import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.specific.SpecificFixed;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Lets Avro 1.12 instantiate the classes that avro-maven-plugin generates, and nothing more.
 *
 * <p>Avro 1.12 refuses to load any class a schema names unless it is trusted
 * ({@link ClassSecurityValidator}, by default only {@code java.lang} basics and the
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES} system property), which guards against schemas that
 * name gadget classes. Without help, every consumer of generated classes would need that property,
 * and forgetting it breaks even a builder's defaults. Generated records, enums and fixed types exist
 * to be instantiated by Avro, and Avro loads them uninitialised before asking, so trusting exactly
 * those types keeps the guard for everything else. The existing global predicate (system
 * properties, or one an application set) stays in force beside this one.
 *
 * <p>Installed once per class loader when the serializer or deserializer class is loaded. Code
 * that builds generated records before either is loaded (a builder fills defaults through the
 * same check) calls {@link #install()} first, or sets the system property.
 */
public final class GeneratedTypeTrust implements ClassSecurityPredicate {

    private static boolean installed; // guarded by GeneratedTypeTrust.class

    private GeneratedTypeTrust() {
    }

    /** Adds trust in generated Avro types to the JVM-wide predicate; idempotent. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.setGlobal(
                ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), new GeneratedTypeTrust()));
        installed = true;
    }

    @Override
    public boolean isTrusted(Class<?> type) {
        return isGenerated(type);
    }

    /** A generated record, enum or fixed type: the types Avro's specific API instantiates. */
    static boolean isGenerated(Class<?> type) {
        return SpecificRecord.class.isAssignableFrom(type)
                || SpecificFixed.class.isAssignableFrom(type)
                || (type.isEnum() && GenericEnumSymbol.class.isAssignableFrom(type));
    }
}
