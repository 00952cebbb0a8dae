package org.gongpei.service.report;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openpdf.text.pdf.BaseFont;

/**
 * The font of the PDF report: a TrueType font with Chinese glyphs read from the machine
 * ({@code gongpei.report.cjk-font}; a face of a collection is picked with {@code ",0"}), embedded in each PDF as a
 * subset of the glyphs used, so the PDF reads the same on a machine without it.
 */
@ApplicationScoped
public class ReportFont {

    /** Debian's fonts-wqy-zenhei, which scripts/run and .ci/run install. */
    public static final String DEFAULT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0";

    @ConfigProperty(name = "gongpei.report.cjk-font", defaultValue = DEFAULT)
    String font;

    private volatile BaseFont loaded;

    /** @throws ReportFontMissingException when the font cannot be read */
    public BaseFont baseFont() {
        BaseFont base = loaded;
        if (base == null) {
            String file = font.replaceFirst(",\\d+$", "");
            if (!Files.isReadable(Path.of(file))) {
                throw new ReportFontMissingException(font, null);
            }
            try {
                base = BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (Exception e) {
                throw new ReportFontMissingException(font, e);
            }
            loaded = base;
        }
        return base;
    }
}
