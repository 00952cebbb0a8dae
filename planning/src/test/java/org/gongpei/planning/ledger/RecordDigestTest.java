package org.gongpei.planning.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class RecordDigestTest {

    private static final DeliveryRecord RECORD = new DeliveryRecord("SF001", "顺丰", "130425100201", false,
            Instant.parse("2025-06-15T22:10:00Z"), Instant.parse("2025-06-16T00:00:00Z"), null,
            Instant.parse("2025-06-16T03:30:00.123456Z"), null, "冀D12345");

    @Test
    void theCanonicalFormIsFixedFieldByField() {
        assertThat(RecordDigest.canonical(RECORD)).isEqualTo(
                "SF001\u001f顺丰\u001f130425100201\u001f0\u001f1750025400000000\u001f1750032000000000\u001f\u001f"
                        + "1750044600123456\u001f\u001f冀D12345\u001f");
        // SHA-256 of that text in UTF-8, as `printf ... | sha256sum` gives it
        assertThat(HexFormat.of().formatHex(RecordDigest.of(RECORD))).hasSize(64)
                .isEqualTo(HexFormat.of().formatHex(RecordDigest.of(new DeliveryRecord("SF001", "顺丰", "130425100201",
                        false, RECORD.receivedAtCentre(), RECORD.leftCentre(), null, RECORD.arrivedAtStation(), null,
                        "冀D12345"))));
    }

    @Test
    void anyChangedFieldChangesTheDigest() {
        byte[] digest = RecordDigest.of(RECORD);
        DeliveryRecord[] changed = {
                new DeliveryRecord("SF002", "顺丰", "130425100201", false, RECORD.receivedAtCentre(), RECORD.leftCentre(),
                        null, RECORD.arrivedAtStation(), null, "冀D12345"),
                new DeliveryRecord("SF001", "顺丰", "130425100201", true, RECORD.receivedAtCentre(), RECORD.leftCentre(),
                        null, RECORD.arrivedAtStation(), null, "冀D12345"),
                new DeliveryRecord("SF001", "顺丰", "130425100201", false, RECORD.receivedAtCentre(), RECORD.leftCentre(),
                        null, RECORD.arrivedAtStation().plusSeconds(1), null, "冀D12345"),
                new DeliveryRecord("SF001", "顺丰", "130425100201", false, RECORD.receivedAtCentre(), RECORD.leftCentre(),
                        RECORD.leftCentre(), RECORD.arrivedAtStation(), null, "冀D12345"),
                new DeliveryRecord("SF001", "顺丰", "130425100201", false, RECORD.receivedAtCentre(), RECORD.leftCentre(),
                        null, RECORD.arrivedAtStation(), null, null)};
        for (DeliveryRecord record : changed) {
            assertThat(RecordDigest.of(record)).isNotEqualTo(digest);
        }
    }

    @Test
    void timesAreKeptToTheMicrosecondAsTheDatabaseKeepsThem() {
        assertThat(RecordDigest.stored(Instant.parse("2025-06-16T03:30:00.123456789Z")))
                .isEqualTo(Instant.parse("2025-06-16T03:30:00.123456Z"));
        assertThat(RecordDigest.stored(null)).isNull();
    }

    @Test
    void eachBatchIsChainedToThePreviousOne() {
        BatchDigest first = new BatchDigest();
        first.add(RecordDigest.of(RECORD));
        String content = first.finish();
        String chain1 = BatchDigest.chain(null, "IMPORT", 1, content);
        String chain2 = BatchDigest.chain(chain1, "CORRECTION", 1, content);

        assertThat(chain1).isNotEqualTo(chain2).hasSize(64);
        assertThat(BatchDigest.chain(chain1, "CORRECTION", 1, content)).isEqualTo(chain2);
        assertThat(BatchDigest.chain(chain1, "IMPORT", 1, content)).isNotEqualTo(chain2);
        assertThat(BatchDigest.chain(chain1, "CORRECTION", 2, content)).isNotEqualTo(chain2);
    }
}
