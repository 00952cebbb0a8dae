package org.gongpei.planning.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The digest of an import batch and its link in the county's chain. A batch's content digest is the SHA-256
 * of its rows' digests in row order; its chain digest is the SHA-256 of the text
 * {@code previous chain digest (hex, empty for the first batch) : kind : row count : content digest (hex)}.
 * Changing, adding or removing a row changes the batch's content digest, and with it every later chain digest.
 */
public final class BatchDigest {

    private final MessageDigest content = RecordDigest.sha256();
    private long rows;

    /** Adds the next row of the batch. */
    public void add(byte[] rowDigest) {
        content.update(rowDigest);
        rows++;
    }

    /** @return the number of rows added */
    public long rows() {
        return rows;
    }

    /** @return the content digest in hex; the digest cannot be added to afterwards */
    public String finish() {
        return HexFormat.of().formatHex(content.digest());
    }

    /**
     * @param previousChain the chain digest of the county's previous batch (hex), or null for its first
     * @param kind          the batch's kind, e.g. {@code IMPORT} or {@code CORRECTION}
     * @return the batch's chain digest in hex
     */
    public static String chain(String previousChain, String kind, long rows, String contentHex) {
        String text = (previousChain == null ? "" : previousChain) + ':' + kind + ':' + rows + ':' + contentHex;
        return HexFormat.of().formatHex(RecordDigest.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
