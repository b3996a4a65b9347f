package io.contactshield.topology.classify;

/**
 * The entity type names every part of contact-shield uses, exactly as written here (the same set as
 * {@link io.contactshield.schemas.PiiAnnotations#STANDARD_ENTITY_TYPES}). A detector or a schema
 * may add its own upper-case names.
 */
public final class EntityTypes {

    public static final String EMAIL = "EMAIL";
    public static final String PHONE_NUMBER = "PHONE_NUMBER";
    public static final String CREDIT_CARD = "CREDIT_CARD";
    public static final String US_SSN = "US_SSN";
    public static final String IBAN = "IBAN";
    public static final String IP_ADDRESS = "IP_ADDRESS";
    public static final String PERSON_NAME = "PERSON_NAME";
    public static final String ADDRESS = "ADDRESS";
    public static final String URL_CREDENTIALS = "URL_CREDENTIALS";
    public static final String AWS_ACCESS_KEY = "AWS_ACCESS_KEY";

    private EntityTypes() {
    }
}
