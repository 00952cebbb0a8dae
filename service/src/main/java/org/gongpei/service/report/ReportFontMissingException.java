package org.gongpei.service.report;

/** The CJK font the PDF report needs cannot be read. */
public class ReportFontMissingException extends RuntimeException {

    public ReportFontMissingException(String font, Throwable cause) {
        super("The PDF report needs a font with Chinese glyphs; " + font + " cannot be read ("
                + (cause == null ? "no such file" : cause.getMessage()) + "). Install Debian's fonts-wqy-zenhei"
                + " (apt-get install fonts-wqy-zenhei) or set gongpei.report.cjk-font to a TrueType file"
                + " (.ttf, or .ttc with \",0\"); the .xlsx report needs no font.", cause);
    }
}
