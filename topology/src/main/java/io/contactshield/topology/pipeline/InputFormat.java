package io.contactshield.topology.pipeline;

import io.contactshield.schemas.PayloadFormat;

/** The two kinds of input topic, and how their records' values are encrypted. */
enum InputFormat {

    /** Avro {@code ContactEvent}s in the Confluent wire format. */
    AVRO("avro", PayloadFormat.CONFLUENT_AVRO),

    /** Amazon Connect contact records, UTF-8 JSON. */
    CONNECT_CTR("connect_ctr", PayloadFormat.CONNECT_CTR_JSON);

    private final String tag;
    private final PayloadFormat payloadFormat;

    InputFormat(String tag, PayloadFormat payloadFormat) {
        this.tag = tag;
        this.payloadFormat = payloadFormat;
    }

    /** The value of the {@code source} metric tag. */
    String tag() {
        return tag;
    }

    PayloadFormat payloadFormat() {
        return payloadFormat;
    }
}
