package org.recordpath.extraction.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLayerQualityTest {
    @ParameterizedTest(name = "{0} (images: {1}) -> {2}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Hemoglobin (HGB) 8.4 g/dL 12.0-15.5 L Platelets 85 K/uL => true => true
            Cytogenetics: 46,XX,del(5)(q13q33)[16]/46,XX[4] Ring sideroblasts: 1% => true => true
            WBC 4.2 4.1 4.0 x10^9/L 4.0-11.0 Hgb 8.7 8.4 8.1 g/dL => true => true
            '' => true => false
            Page 2 of 2 => true => false
            Page 2 of 2 => false => true
            l|1 ~^ Il|| ]]: ;;_ rn~ |ll| ^^` ~~~ |[ ]| .,., ~~~ ||| ;;; ^^^ => true => false
            ���� ���� ������ ���� ����� ���� ��� ������ => true => false
            xqzrtp bcdfgh klmnpq rstvwx zxcvbn mnbvcx lkjhgf poiuyt qwrtzp => true => false
            """)
    void decidesWhetherATextLayerCanBeTrusted(String text, boolean hasImages, boolean usable) {
        assertThat(TextLayerQuality.usable(text, hasImages)).isEqualTo(usable);
    }
}
