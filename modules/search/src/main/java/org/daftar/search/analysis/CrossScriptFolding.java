package org.daftar.search.analysis;

import java.util.regex.Pattern;

/**
 * Folds a word written in Devanagari or in Latin letters onto a rough Latin spelling that both scripts reach:
 * नामांतरण and "namantaran" both become {@code namantaran}, तहसीलदार and "tehsildar" both have the skeleton
 * {@code thsldr}.
 *
 * <p>Devanagari is first transliterated letter by letter (ISO 15919 without diacritics: consonants carry an inherent
 * "a" unless a vowel sign or virama follows; anusvara is "m" before p/b/m and "n" elsewhere, as it is said). Both
 * scripts are then folded by the rules people's spellings vary in: aspiration (kh/k, bh/b), sh/s, w/v, ph/f, z/j,
 * q/k, c/ch/k, long vowels (aa/a, ee/i, oo/u), ai/e, au/o, doubled letters and the final inherent "a". The
 * {@linkplain #skeleton skeleton} also drops the vowels after the first letter, for spellings that differ in vowels or
 * a dropped "a" (tahasil/tehsil). Rules and their measured recall: docs/search.md.
 */
public final class CrossScriptFolding {

    private static final char VIRAMA = '\u094D';
    private static final char NUKTA = '\u093C';
    private static final char ANUSVARA = '\u0902';
    private static final char CHANDRABINDU = '\u0901';
    private static final char VISARGA = '\u0903';

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CH = Pattern.compile("c+h*");
    private static final Pattern ASPIRATE = Pattern.compile("([kgtdbj])h");
    private static final Pattern LONG_I = Pattern.compile("ee|ii|ey");
    private static final Pattern LONG_U = Pattern.compile("oo|uu");
    private static final Pattern AI = Pattern.compile("ai|ei|ay");
    private static final Pattern AU = Pattern.compile("au|ou|aw");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
    private static final Pattern FINAL_A = Pattern.compile("(?<=..)a$");
    private static final Pattern INNER_VOWELS = Pattern.compile("(?<=.)[aeiouy]+");

    private CrossScriptFolding() {
    }

    /** Whether {@code word} has a Devanagari letter. */
    public static boolean hasDevanagari(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            if (isDevanagari(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The folded spelling of {@code word} (either script); empty when nothing of it is a letter or digit. */
    public static String fold(String word) {
        String folded = consonants(transliterate(word));
        folded = LONG_I.matcher(folded).replaceAll("i");
        folded = LONG_U.matcher(folded).replaceAll("u");
        folded = AI.matcher(folded).replaceAll("e");
        folded = AU.matcher(folded).replaceAll("o");
        folded = DOUBLED.matcher(folded).replaceAll("$1");
        return FINAL_A.matcher(folded).replaceAll("");
    }

    /** The consonant skeleton of {@code word}: the first letter and the consonants after it. */
    public static String skeleton(String word) {
        String skeleton = INNER_VOWELS.matcher(consonants(transliterate(word))).replaceAll("");
        return DOUBLED.matcher(skeleton).replaceAll("$1");
    }

    private static String consonants(String latin) {
        String folded = NOT_ALPHANUMERIC.matcher(latin).replaceAll("");
        folded = folded.replace("ph", "f").replace("sh", "s").replace("x", "ks").replace('z', 'j').replace('q', 'k')
                .replace('w', 'v');
        folded = CH.matcher(folded).replaceAll("k");
        return ASPIRATE.matcher(folded).replaceAll("$1");
    }

    /** Devanagari letters and digits to plain Latin letters and digits; everything else lower-cased as it is. */
    static String transliterate(String word) {
        StringBuilder out = new StringBuilder(word.length() + 8);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isDevanagari(c)) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            String consonant = consonant(c);
            if (consonant != null) {
                char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
                if (next == NUKTA) {
                    consonant = nukta(consonant);
                    i++;
                    next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
                }
                out.append(consonant);
                if (next != VIRAMA && vowelSign(next) == null) {
                    out.append('a'); // the inherent vowel
                }
            } else if (c == ANUSVARA) {
                char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
                out.append(next == 'प' || next == 'फ' || next == 'ब' || next == 'भ' || next == 'म' ? 'm' : 'n');
            } else if (c == CHANDRABINDU) {
                out.append('n');
            } else if (c == VISARGA) {
                out.append('h');
            } else if (c >= '०' && c <= '९') {
                out.append((char) ('0' + (c - '०')));
            } else {
                String vowel = vowelSign(c);
                out.append(vowel != null ? vowel : vowel(c));
            }
        }
        return out.toString();
    }

    private static boolean isDevanagari(char c) {
        return c >= '\u0900' && c <= '\u097F';
    }

    private static String nukta(String consonant) {
        return switch (consonant) {
            case "d" -> "r";   // ड़
            case "dh" -> "rh"; // ढ़
            case "ph" -> "f";  // फ़
            case "j" -> "z";   // ज़
            case "k" -> "q";   // क़
            default -> consonant;
        };
    }

    private static String consonant(char c) {
        return switch (c) {
            case 'क' -> "k"; case 'ख' -> "kh"; case 'ग' -> "g"; case 'घ' -> "gh"; case 'ङ' -> "n";
            case 'च' -> "c"; case 'छ' -> "ch"; case 'ज' -> "j"; case 'झ' -> "jh"; case 'ञ' -> "n";
            case 'ट' -> "t"; case 'ठ' -> "th"; case 'ड' -> "d"; case 'ढ' -> "dh"; case 'ण' -> "n";
            case 'त' -> "t"; case 'थ' -> "th"; case 'द' -> "d"; case 'ध' -> "dh"; case 'न', 'ऩ' -> "n";
            case 'प' -> "p"; case 'फ' -> "ph"; case 'ब' -> "b"; case 'भ' -> "bh"; case 'म' -> "m";
            case 'य' -> "y"; case 'र', 'ऱ' -> "r"; case 'ल', 'ळ', 'ऴ' -> "l"; case 'व' -> "v";
            case 'श', 'ष' -> "sh"; case 'स' -> "s"; case 'ह' -> "h";
            case '\u0958' -> "q"; case '\u0959' -> "kh"; case '\u095A' -> "g"; case '\u095B' -> "z";
            case '\u095C' -> "r"; case '\u095D' -> "rh"; case '\u095E' -> "f"; case '\u095F' -> "y";
            default -> null;
        };
    }

    private static String vowelSign(char c) {
        return switch (c) {
            case 'ा' -> "a"; case 'ि', 'ी' -> "i"; case 'ु', 'ू' -> "u"; case 'ृ' -> "ri"; case 'े', 'ॅ' -> "e";
            case 'ै' -> "ai"; case 'ो', 'ॉ' -> "o"; case 'ौ' -> "au";
            default -> null;
        };
    }

    private static String vowel(char c) {
        return switch (c) {
            case 'अ', 'आ' -> "a"; case 'इ', 'ई' -> "i"; case 'उ', 'ऊ' -> "u"; case 'ऋ' -> "ri";
            case 'ए', 'ऍ' -> "e"; case 'ऐ' -> "ai"; case 'ओ', 'ऑ' -> "o"; case 'औ' -> "au";
            default -> ""; // virama, nukta, danda and other signs carry no letter of their own
        };
    }
}
