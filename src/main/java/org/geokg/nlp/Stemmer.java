package org.geokg.nlp;

/**
 * The stem of a lowercased word, so that a lexicon lemma and its inflected forms compare
 * equal ("visited", "visits" and "visit" all give {@code visit}). Stems are index keys, not
 * words: compare two stems, never print one.
 *
 * <pre>{@code
 * Stemmer s = LuceneStemmer.forLanguage("en");
 * s.stem("visited").equals(s.stem("visit"));       // true
 * LuceneStemmer.forLanguage("id").root("dikecam");  // "kecam"
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Stemmer {
    /** The stemmer that leaves every word as it is. */
    Stemmer NONE = new Stemmer() {
        @Override
        public String stem(String word) {
            return word;
        }

        @Override
        public String toString() {
            return "Stemmer.NONE";
        }
    };

    /**
     * The word without its inflection (plural, tense, person; for Indonesian and Malay the
     * particles and possessive clitics {@code -lah -kah -pun -ku -mu -nya}).
     *
     * @param word a lowercased word
     */
    String stem(String word);

    /**
     * The word without its derivational affixes as well, where the stemmer knows them (Indonesian
     * and Malay {@code me- di- ber- ter- pe- per- ke- -kan -an -i}); the {@link #stem} elsewhere.
     *
     * @param word a lowercased word
     */
    default String root(String word) {
        return stem(word);
    }
}
