package org.gongpei.planning.imports;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Files made from a valid one by random edits: the cases a careless export or a hostile upload brings. */
public final class MutatedFiles {

    /** Texts that break parsers: quotes, separators, line ends, NUL, huge and negative numbers, odd dates. */
    static final List<String> NASTY = List.of("\"", ",", "\n", "\r\n", "\u0000", "-1", "2147483648",
            "99999999999999999999", "1e309", "NaN", "-0", "2025-02-30", "25:61", "\uFEFF", "是", "", " ", "\t",
            "\"\"", ",,,,,,", "\\", "<img src=x onerror=alert(1)>", "１２３", "\uD800");

    private MutatedFiles() {
    }

    /** @return texts made from {@code valid} by one to five edits */
    public static Arbitrary<String> of(String valid) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, Math.max(0, valid.length())),
                Arbitraries.integers().between(0, 40),
                Arbitraries.oneOf(Arbitraries.of(NASTY), Arbitraries.strings().ofMaxLength(8)))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(5).map(edits -> {
            StringBuilder text = new StringBuilder(valid);
            for (Edit e : edits) {
                e.apply(text);
            }
            return text.toString();
        });
    }

    private record Edit(int kind, int at, int length, String text) {

        void apply(StringBuilder target) {
            int from = Math.min(at, target.length());
            int to = Math.min(from + length, target.length());
            switch (kind) {
                case 0 -> target.insert(from, text);
                case 1 -> target.replace(from, to, text);
                case 2 -> target.delete(from, to);
                default -> target.append(text);
            }
        }
    }
}
