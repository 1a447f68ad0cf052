package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.Internal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * SQL made from other SQL (placeholders filled, a LIMIT added, a time partition's condition, a chart's query around
 * a cell's), and where each stretch of it came from: copied from the original, or written in (a placeholder's value
 * stands for the placeholder). So a place Panther names in the SQL it ran is found in the SQL the user wrote.
 */
@Internal
public final class DerivedSql {

    /** A stretch of the derived text: copied from {@code from} of the original, or written in ({@code from} -1). */
    private record Piece(int start, int end, int from, int anchor) {
    }

    private final String original;
    private final String text;
    private final List<Piece> pieces;

    private DerivedSql(String original, String text, List<Piece> pieces) {
        this.original = original;
        this.text = text;
        this.pieces = List.copyOf(pieces);
    }

    /** SQL as it was written: every place in it is its own. */
    public static DerivedSql original(String sql) {
        return new DerivedSql(sql, sql, List.of(new Piece(0, sql.length(), 0, 0)));
    }

    /** SQL built piece by piece from {@code original}. */
    public static Builder newDerivedSql(String original) {
        return new Builder(original);
    }

    public String text() {
        return text;
    }

    /** The offset in this SQL that a data lake error {@code message} points at ({@link SqlErrorPlace}); empty when none. */
    public OptionalInt errorPlace(String message) {
        return SqlErrorPlace.of(message, text);
    }

    /** The SQL this was made from. */
    public String original() {
        return original;
    }

    /**
     * Where the text at {@code offset} came from in the original: the same character for a copied stretch, the
     * placeholder for its value; empty for text written in without an anchor (a LIMIT, a partition's condition).
     */
    public OptionalInt originalOffset(int offset) {
        for (Piece piece : pieces) {
            if (offset >= piece.start && (offset < piece.end || offset == piece.end && piece.end == text.length())) {
                if (piece.from >= 0) {
                    return OptionalInt.of(piece.from + offset - piece.start);
                }
                return piece.anchor >= 0 ? OptionalInt.of(piece.anchor) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** {@code next}, derived from this text, as derived from this one's original. */
    public DerivedSql then(DerivedSql next) {
        List<Piece> composed = new ArrayList<>();
        for (Piece piece : next.pieces) {
            if (piece.from < 0) {
                OptionalInt anchor = piece.anchor >= 0 ? originalOffset(piece.anchor) : OptionalInt.empty();
                composed.add(new Piece(piece.start, piece.end, -1, anchor.orElse(-1)));
                continue;
            }
            // a copied stretch maps through this text's own pieces, which may cut it in several
            int at = piece.start;
            while (at < piece.end) {
                int source = piece.from + at - piece.start;
                Piece under = pieceAt(source);
                int stop = under == null ? piece.end : Math.min(piece.end, at + under.end - source);
                if (stop <= at) {
                    stop = piece.end;
                }
                if (under != null && under.from >= 0) {
                    composed.add(new Piece(at, stop, under.from + source - under.start, 0));
                } else {
                    composed.add(new Piece(at, stop, -1, under == null ? -1 : under.anchor));
                }
                at = stop;
            }
        }
        return new DerivedSql(original, next.text, composed);
    }

    private Piece pieceAt(int offset) {
        for (Piece piece : pieces) {
            if (offset >= piece.start && offset < piece.end) {
                return piece;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Appends copied and written stretches in order. */
    public static final class Builder {
        private final String original;
        private final StringBuilder text = new StringBuilder();
        private final List<Piece> pieces = new ArrayList<>();

        private Builder(String original) {
            this.original = original;
        }

        /** The original's text from {@code start} to {@code end}. */
        public Builder copy(int start, int end) {
            if (end > start) {
                pieces.add(new Piece(text.length(), text.length() + end - start, start, 0));
                text.append(original, start, end);
            }
            return this;
        }

        /** Text of its own, standing for what is at {@code anchor} of the original (-1: for nothing there). */
        public Builder write(String value, int anchor) {
            if (!value.isEmpty()) {
                pieces.add(new Piece(text.length(), text.length() + value.length(), -1, anchor));
                text.append(value);
            }
            return this;
        }

        /** Text of its own that stands for nothing the original has. */
        public Builder write(String value) {
            return write(value, -1);
        }

        /** The SQL built so far, derived from another {@link DerivedSql} built so far (for nesting). */
        public Builder append(DerivedSql part) {
            for (Piece piece : part.pieces) {
                pieces.add(new Piece(text.length() + piece.start, text.length() + piece.end, piece.from, piece.anchor));
            }
            text.append(part.text);
            return this;
        }

        public DerivedSql build() {
            return new DerivedSql(original, text.toString(), pieces);
        }
    }
}
