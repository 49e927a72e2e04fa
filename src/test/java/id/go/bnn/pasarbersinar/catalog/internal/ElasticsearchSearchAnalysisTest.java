package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenSearch analysis gives back the same swallowed consonant as the embedded index's own filter. */
class ElasticsearchSearchAnalysisTest {

    @Test
    void the_pattern_rules_restore_the_same_root_as_the_lucene_filter() {
        for (String word : List.of("mengirim", "pengirim", "menulis", "penenun", "menenun", "memotong", "pemotong",
                "membatik", "batik", "menari", "meminta", "mengukir", "menganyam", "menga", "menan", "memo", "tenun",
                "mengecat", "pena", "penari")) {
            String expected = IndonesianNasalPrefixFilterFactory.restoredRoot(word);
            assertThat(restored(word)).as(word).isEqualTo(expected == null ? word : expected);
        }
    }

    private static String restored(String word) {
        String result = word;
        for (String[] rule : ElasticsearchSearchAnalysis.NASAL_RULES) {
            result = result.replaceAll(rule[0], rule[1]);
        }
        return result;
    }
}
