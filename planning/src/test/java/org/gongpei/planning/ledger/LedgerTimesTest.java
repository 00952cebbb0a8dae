package org.gongpei.planning.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerTimesTest {

    private final LedgerTimes times = new LedgerTimes(LedgerTimes.CHINA);

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "NONE", value = {
            "2025-06-16T08:30, 2025-06-16T00:30:00Z",            // no offset: Asia/Shanghai (UTC+8)
            "2025-06-16 08:30:15, 2025-06-16T00:30:15Z",         // a space for the T
            "2025-06-16T08:30:15.5, 2025-06-16T00:30:15.500Z",
            "2025-06-16T08:30:15.123456789, 2025-06-16T00:30:15.123456789Z",
            "2025-06-16T08:30:00Z, 2025-06-16T08:30:00Z",
            "2025-06-16T08:30:00+08:00, 2025-06-16T00:30:00Z",
            "2025-06-16T08:30:00-05:30, 2025-06-16T14:00:00Z",
            "2025-06-16T08:30:00+08, 2025-06-16T00:30:00Z",      // as Java's ISO parser reads it
            "2025-06-16T08:30:00., 2025-06-16T00:30:00Z",        // as Java's ISO parser reads it
            "2025-06-16T08:30:00+0800, NONE",                    // a basic-format offset after an extended time
            "2025-06-16T08:30+08:00, 2025-06-16T00:30:00Z",
            "2025-02-30T08:30, NONE",                            // no such day
            "2025-06-16T24:30, NONE",
            "2025-06-16, NONE",                                  // a date without a time
            "16/06/2025 08:30, NONE",
            "2025-06-16T08:3x, NONE",
    })
    void readsIsoTimesWithOrWithoutAnOffset(String text, String expected) {
        assertThat(times.parse(text)).isEqualTo(expected == null ? null : Instant.parse(expected));
    }
}
