package io.contactshield.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CodePointOffsetsProperties {

    @Property
    void offsetsIndexTheSameTextAsCodePoints(@ForAll String text) {
        ClassifyLines.CodePointOffsets offsets = new ClassifyLines.CodePointOffsets(text);
        int[] codePoints = text.codePoints().toArray();
        int utf16 = 0;
        for (int i = 0; i < codePoints.length; i++) {
            assertThat(offsets.of(utf16)).isEqualTo(i);
            utf16 += Character.charCount(codePoints[i]);
        }
        assertThat(offsets.of(text.length())).isEqualTo(codePoints.length);
    }
}
