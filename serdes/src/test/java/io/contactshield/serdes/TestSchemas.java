package io.contactshield.serdes;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/** Small schemas for tests that need no generated class. */
public final class TestSchemas {
    private TestSchemas() {}

    public static final String NAMESPACE = "io.contactshield.serdes.test";

    /** {@code Greeting {id: string, text: string}}. */
    public static final Schema GREETING_V1 = SchemaBuilder.record("Greeting").namespace(NAMESPACE).fields()
            .requiredString("id")
            .requiredString("text")
            .endRecord();

    /** v1 plus {@code language: string = "en"}: a BACKWARD compatible change. */
    public static final Schema GREETING_V2 = SchemaBuilder.record("Greeting").namespace(NAMESPACE).fields()
            .requiredString("id")
            .requiredString("text")
            .name("language").type().stringType().stringDefault("en")
            .endRecord();

    /** v1 plus {@code language: string} without a default: not BACKWARD compatible. */
    public static final Schema GREETING_V2_REQUIRED_FIELD = SchemaBuilder.record("Greeting").namespace(NAMESPACE).fields()
            .requiredString("id")
            .requiredString("text")
            .requiredString("language")
            .endRecord();

    /** An unrelated record. */
    public static final Schema COUNTER = SchemaBuilder.record("Counter").namespace(NAMESPACE).fields()
            .requiredInt("count")
            .endRecord();
}
