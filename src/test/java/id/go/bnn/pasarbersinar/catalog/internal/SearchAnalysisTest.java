package id.go.bnn.pasarbersinar.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The Indonesian analysis as the index applies it: affixes stripped, the consonant meN- swallows given back. */
class SearchAnalysisTest {

    @Test
    void tenunan_and_menenun_come_down_to_tenun() throws IOException {
        assertThat(terms("tenunan")).containsExactly("tenun");
        assertThat(terms("menenun")).contains("tenun");
        assertThat(terms("Kain Tenun")).containsExactly("kain", "tenun");
    }

    @Test
    void restores_k_t_and_p_after_nasal_prefixes() {
        assertThat(IndonesianNasalPrefixFilterFactory.restoredRoot("mengirim")).isEqualTo("kirim");
        assertThat(IndonesianNasalPrefixFilterFactory.restoredRoot("menulis")).isEqualTo("tulis");
        assertThat(IndonesianNasalPrefixFilterFactory.restoredRoot("memotong")).isEqualTo("potong");
        assertThat(IndonesianNasalPrefixFilterFactory.restoredRoot("penenun")).isEqualTo("tenun");
        assertThat(IndonesianNasalPrefixFilterFactory.restoredRoot("membatik")).isNull();
        assertThat(IndonesianNasalPrefixFilterFactory.restoredRoot("batik")).isNull();
    }

    @Test
    void the_restored_root_stands_at_the_same_position_so_a_query_treats_it_as_a_synonym() throws IOException {
        assertThat(terms("menenun kain")).containsExactly("enun", "tenun", "kain");
    }

    private static List<String> terms(String text) throws IOException {
        try (Analyzer analyzer = CustomAnalyzer.builder()
                .withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(ASCIIFoldingFilterFactory.class)
                .addTokenFilter(IndonesianNasalPrefixFilterFactory.class)
                .addTokenFilter(IndonesianStemFilterFactory.class)
                .build();
             TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            List<String> terms = new ArrayList<>();
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
            return terms;
        }
    }
}
