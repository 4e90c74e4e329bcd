package be.werkwinkel.kiosk.vacancy.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails a read once more than {@code limit} bytes have come through, so no feed can be endless. */
final class LimitedInputStream extends FilterInputStream {

    /** Thrown from a read past the limit. */
    static final class LimitExceededException extends IOException {

        LimitExceededException(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        var b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        var read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        var skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would make the count wrong
    }

    private void counted(long bytes) throws IOException {
        count += bytes;
        if (count > limit) {
            throw new LimitExceededException(limit);
        }
    }
}
