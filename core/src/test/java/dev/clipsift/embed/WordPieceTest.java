package dev.clipsift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clipsift.io.Json;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class WordPieceTest {
    static WordPiece tokenizer() throws Exception {
        try (InputStream in = WordPieceTest.class.getResourceAsStream("/" + MiniLm.MODEL + "-tokenizer.json")) {
            return new WordPiece(Json.mapper().readTree(in));
        }
    }

    @Test
    void bertsUncasedTokenizationOfWordsPunctuationAndAccents() throws Exception {
        WordPiece t = tokenizer();
        // greedy longest match first, as Hugging Face's bert-base-uncased gives it (not BERT's README's "un ##aff
        // ##able")
        assertThat(t.tokens("unaffable")).containsExactly("una", "##ffa", "##ble");
        assertThat(t.tokens("embeddings")).containsExactly("em", "##bed", "##ding", "##s");
        assertThat(t.tokens("Hello, World!")).containsExactly("hello", ",", "world", "!");
        assertThat(t.tokens("Café\tCRÈME")).isEqualTo(t.tokens("cafe creme")).startsWith("cafe");
        long[] ids = t.ids("hello");
        assertThat(ids).hasSize(3);
        assertThat(ids[0]).isEqualTo(101);
        assertThat(ids[2]).isEqualTo(102);
        assertThat(t.ids("word ".repeat(500))).hasSize(128);
    }

    @Test
    void miniLmPutsCloseMeaningsCloserThanDifferentOnes() throws Exception {
        try (MiniLm m = new MiniLm()) {
            float[] bike = m.embed("A man rides a bicycle down a city street.");
            float[] cyclist = m.embed("A cyclist on a road between parked cars.");
            float[] soup = m.embed("A bowl of tomato soup on a wooden table.");
            assertThat(bike).hasSize(MiniLm.DIM);
            assertThat(dot(bike, bike)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
            assertThat(dot(bike, cyclist)).isGreaterThan(dot(bike, soup) + 0.2);
        }
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
