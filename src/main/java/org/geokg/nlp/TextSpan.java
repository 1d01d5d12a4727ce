package org.geokg.nlp;

/** A half-open range {@code [start, end)} of UTF-16 chars in the original text. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(TextSpan o) {
        return start < o.end && o.start < end;
    }

    public int length() {
        return end - start;
    }
}
