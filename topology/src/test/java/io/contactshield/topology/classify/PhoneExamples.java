package io.contactshield.topology.classify;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.RegionMetadataSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** libphonenumber's own example numbers and the detector's gates, for the tests that hold the gate to the library. */
final class PhoneExamples {

    static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** One example number of a region and type, as libphonenumber writes it. */
    record Example(String national, String international, String e164, String nationalSignificant) {
    }

    private PhoneExamples() {
    }

    /** Every region's example of every type, in a fixed order (so a seed fixes the windows made from them). */
    static List<Example> all() {
        List<Example> examples = new ArrayList<>();
        for (String region : UTIL.getSupportedRegions()) {
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example != null) {
                    examples.add(new Example(UTIL.format(example, PhoneNumberFormat.NATIONAL),
                            UTIL.format(example, PhoneNumberFormat.INTERNATIONAL),
                            UTIL.format(example, PhoneNumberFormat.E164),
                            UTIL.getNationalSignificantNumber(example)));
                }
            }
        }
        // getSupportedRegions is a hash set.
        examples.sort(Comparator.comparing(Example::e164).thenComparing(Example::national));
        return examples;
    }

    /** The gates of {@code regions} that have one, by region. */
    static Map<String, PhoneValidityGate> gates(Collection<String> regions) {
        RegionMetadataSource metadata = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        Map<String, PhoneValidityGate> gates = new LinkedHashMap<>();
        for (String region : regions) {
            PhoneValidityGate gate = PhoneValidityGate.of(UTIL, metadata, region);
            if (gate != null) {
                gates.put(region, gate);
            }
        }
        return gates;
    }
}
