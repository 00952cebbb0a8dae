package org.gongpei.service.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every text of the page exists in Chinese and in English: reads the object literals of {@code i18n.js} and of
 * each panel's {@code i18n-*.js} ({@code zh: {…}}, {@code en: {…}} and each
 * {@code Object.assign(window.GONGPEI_TEXTS.zh, {…})}) without a JavaScript engine, and compares their keys and
 * the placeholders ({@code {0}}) of each text. A key given twice, in one file or in two, fails too.
 */
class I18nKeysTest {

    private static final Path PAGE = Path.of("src/main/resources/META-INF/resources");
    private static final Pattern BLOCK = Pattern.compile(
            "(?m)(?:^\\s*(zh|en):\\s*\\{|Object\\.assign\\(window\\.GONGPEI_TEXTS\\.(zh|en),\\s*\\{)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyKeyIsInBothLanguagesWithTheSamePlaceholders() throws IOException {
        Map<String, Map<String, String>> texts = read(allTexts());
        Map<String, String> zh = texts.get("zh");
        Map<String, String> en = texts.get("en");
        assertThat(zh).hasSizeGreaterThan(100);
        assertThat(difference(zh.keySet(), en.keySet())).as("keys with a Chinese text and no English one").isEmpty();
        assertThat(difference(en.keySet(), zh.keySet())).as("keys with an English text and no Chinese one").isEmpty();
        for (String key : zh.keySet()) {
            assertThat(placeholders(en.get(key))).as("placeholders of " + key).isEqualTo(placeholders(zh.get(key)));
        }
    }

    @Test
    void theReaderFindsAKeyMissingInOneLanguage() {
        Map<String, Map<String, String>> texts = read("""
                window.GONGPEI_TEXTS = {
                  zh: { a: '甲', 'b c': '乙：{0}', // a comment: d
                    e: "丙, f: 丁" },
                  en: { a: 'A', 'b c': 'B: {0}' }
                };
                Object.assign(window.GONGPEI_TEXTS.en, { e: `E` });
                Object.assign(window.GONGPEI_TEXTS.zh, { g: '戊' });
                """);
        assertThat(texts.get("zh").keySet()).containsExactly("a", "b c", "e", "g");
        assertThat(texts.get("en").keySet()).containsExactly("a", "b c", "e");
        assertThat(texts.get("zh").get("e")).isEqualTo("丙, f: 丁");
    }

    /** The text files in the order the page loads them, i18n.js first; each is also named in the page. */
    private static String allTexts() throws IOException {
        String page = Files.readString(PAGE.resolve("index.html"));
        StringBuilder all = new StringBuilder(Files.readString(PAGE.resolve("i18n.js")));
        try (var files = Files.list(PAGE)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("i18n-.+\\.js")).sorted().toList()) {
                assertThat(page).as("the page loads " + file.getFileName())
                        .contains("src=\"/" + file.getFileName() + "\"");
                all.append('\n').append(Files.readString(file));
            }
        }
        return all.toString();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> only = new TreeSet<>(a);
        only.removeAll(b);
        return only;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** @return per language, each key of its object literals and its text */
    static Map<String, Map<String, String>> read(String source) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        texts.put("zh", new LinkedHashMap<>());
        texts.put("en", new LinkedHashMap<>());
        Matcher matcher = BLOCK.matcher(source);
        while (matcher.find()) {
            String lang = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            readObject(source, matcher.end(), texts.get(lang));
        }
        return texts;
    }

    /** Reads the flat object literal whose '{' is just before start: key, ':', a string, ',' … '}'. */
    private static void readObject(String s, int start, Map<String, String> into) {
        int i = start;
        while (true) {
            i = skipSpace(s, i);
            char c = s.charAt(i);
            if (c == '}') {
                return;
            }
            if (c == ',') {
                i++;
                continue;
            }
            String key;
            if (c == '\'' || c == '"' || c == '`') {
                int end = stringEnd(s, i);
                key = s.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = i;
                while (Character.isJavaIdentifierPart(s.charAt(end))) {
                    end++;
                }
                if (end == i) {
                    throw new IllegalStateException("Unexpected '" + c + "' at " + i + " of i18n.js");
                }
                key = s.substring(i, end);
                i = end;
            }
            i = skipSpace(s, i);
            if (s.charAt(i) != ':') {
                throw new IllegalStateException("No ':' after the key " + key + " in i18n.js");
            }
            i = skipSpace(s, i + 1);
            char quote = s.charAt(i);
            if (quote != '\'' && quote != '"' && quote != '`') {
                throw new IllegalStateException("The text of " + key + " in i18n.js is not a string literal");
            }
            int end = stringEnd(s, i);
            if (into.put(key, s.substring(i + 1, end)) != null) {
                throw new IllegalStateException("The key " + key + " is given twice in one language of i18n.js");
            }
            i = end + 1;
        }
    }

    private static int skipSpace(String s, int i) {
        while (true) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
            } else if (s.startsWith("//", i)) {
                i = s.indexOf('\n', i);
            } else {
                return i;
            }
        }
    }

    /** @return the index of the quote that ends the string literal starting at start */
    private static int stringEnd(String s, int start) {
        char quote = s.charAt(start);
        for (int i = start + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == quote) {
                return i;
            }
        }
        throw new IllegalStateException("Unterminated string in i18n.js at " + start);
    }
}
