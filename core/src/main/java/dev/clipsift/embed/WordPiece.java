package dev.clipsift.embed;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased tokenizer, as a Hugging Face {@code tokenizer.json} of the WordPiece kind describes it (the one
 * all-MiniLM-L6-v2 ships): text cleaned (control characters dropped, white space made spaces), CJK ideographs
 * set apart, lower-cased and stripped of accents (NFD, combining marks dropped); split on white space and
 * around every punctuation character; each word then cut greedily into the longest vocabulary pieces, the
 * pieces after the first prefixed {@code ##}, a word that cannot be cut (or is over 100 characters) becoming
 * {@code [UNK]}; finally {@code [CLS] ... [SEP]}, truncated to {@code maxLength} ids.
 */
final class WordPiece {
    private static final int MAX_WORD = 100;

    private final Map<String, Integer> vocab = new HashMap<>();
    private final int maxLength;
    private final int cls;
    private final int sep;
    private final int unk;

    WordPiece(JsonNode tokenizer) {
        JsonNode model = tokenizer.path("model");
        if (!"WordPiece".equals(model.path("type").asText())) {
            throw new IllegalArgumentException(
                    "not a WordPiece tokenizer: " + model.path("type").asText());
        }
        model.path("vocab")
                .properties()
                .forEach(e -> vocab.put(e.getKey(), e.getValue().asInt()));
        maxLength = tokenizer.path("truncation").path("max_length").asInt(512);
        cls = id("[CLS]");
        sep = id("[SEP]");
        unk = id("[UNK]");
    }

    private int id(String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no " + token);
        }
        return id;
    }

    /** The ids of {@code text}, {@code [CLS]} first and {@code [SEP]} last. */
    long[] ids(String text) {
        List<Integer> ids = new ArrayList<>();
        ids.add(cls);
        for (String word : words(normalise(text))) {
            for (String piece : pieces(word)) {
                if (ids.size() == maxLength - 1) {
                    break;
                }
                ids.add(vocab.getOrDefault(piece, unk));
            }
        }
        ids.add(sep);
        return ids.stream().mapToLong(Integer::longValue).toArray();
    }

    /** The word pieces of {@code text}, for tests and for the curious. */
    List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String word : words(normalise(text))) {
            out.addAll(pieces(word));
        }
        return out;
    }

    static String normalise(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == 0 || c == 0xfffd || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                return;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                b.append(' ');
            } else if (cjk(c)) {
                b.append(' ').appendCodePoint(c).append(' ');
            } else {
                b.appendCodePoint(c);
            }
        });
        String lower = b.toString().toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                flush(word, out);
            } else if (punctuation(c)) {
                flush(word, out);
                out.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        });
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    /** Greedy longest-match-first pieces; {@code [UNK]} when some part matches nothing. */
    List<String> pieces(String word) {
        if (word.codePointCount(0, word.length()) > MAX_WORD) {
            return List.of("[UNK]");
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            String found = null;
            while (end > start) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                if (vocab.containsKey(piece)) {
                    found = piece;
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                return List.of("[UNK]");
            }
            out.add(found);
            start = end;
        }
        return out;
    }

    /** BERT's punctuation: the ASCII symbols and every Unicode punctuation category. */
    static boolean punctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION
                || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean cjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F)
                || (c >= 0x2B740 && c <= 0x2B81F)
                || (c >= 0x2B820 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
