package vn.dxhub.sandbox;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** A response whose body leaves slowly: chunks of a tenth of the rate, each flushed, then a pause. */
final class TrickleResponse extends HttpServletResponseWrapper {

    private final int bytesPerSecond;
    private TrickleStream stream;
    private PrintWriter writer;

    TrickleResponse(HttpServletResponse response, int bytesPerSecond) {
        super(response);
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new TrickleStream(super.getOutputStream(), bytesPerSecond);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (stream != null) {
            stream.flush();
        }
        super.flushBuffer();
    }

    private static final class TrickleStream extends ServletOutputStream {
        private final ServletOutputStream out;
        private final int chunk;
        private final long pauseMs;
        private int pending;

        TrickleStream(ServletOutputStream out, int bytesPerSecond) {
            this.out = out;
            this.chunk = Math.max(1, bytesPerSecond / 10);
            this.pauseMs = Math.max(1, chunk * 1000L / bytesPerSecond);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, chunk - pending);
                out.write(b, off, n);
                pending += n;
                off += n;
                len -= n;
                if (pending == chunk) {
                    out.flush();
                    pending = 0;
                    pause();
                }
            }
        }

        private void pause() throws IOException {
            try {
                Thread.sleep(pauseMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("trickle interrupted");
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
