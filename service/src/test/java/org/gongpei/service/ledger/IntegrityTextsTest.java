package org.gongpei.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every note and finding of the integrity checks is said in both languages, in the report and on the page. */
class IntegrityTextsTest {

    private static Set<String> keys(Locale locale) {
        return ResourceBundle.getBundle("org.gongpei.service.ledger.IntegrityTexts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();
    }

    @Test
    void bothLanguagesHaveEveryKeyAndThePageToo() throws IOException {
        Set<String> english = keys(Locale.ROOT);
        assertThat(keys(Locale.CHINESE)).isEqualTo(english);
        String page;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/i18n.js")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String key : english) {
            if (key.startsWith("profile.")) {
                continue;
            }
            String pageKey = (key.startsWith("note.") ? "integrityNote_" : "integrityDetail_")
                    + key.substring(key.indexOf('.') + 1) + ":";
            assertThat(page.split(java.util.regex.Pattern.quote(pageKey), -1)).as(pageKey).hasSize(3);
        }
    }

    @Test
    void notesAndDetailsAreWordsOfTheReadersLanguage() {
        IntegrityTexts chinese = IntegrityTexts.of("zh");
        assertThat(chinese.note("roadTime", List.of("VAN", "20", "10"))).isEqualTo("快于面包车的道路行车时间减去 20% 再减 10 分钟");
        assertThat(IntegrityTexts.ENGLISH.note("roadTime", List.of("VAN", "20", "10")))
                .isEqualTo("faster than the road time of a van less 20 % and 10 min");
        assertThat(chinese.detail("bulkSignOff", List.of("12", "4"))).isEqualTo("一分钟内签收 12 件，涉及 4 个村");
        assertThat(chinese.note("noRoadNetwork", List.of("L020"))).isEqualTo("未运行：L020 县没有路网");
    }
}
