package id.go.bnn.pasarbersinar.shell.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The response as Vaadin writes it, passed on to the visitor unchanged while a copy of the body is kept for the page
 * cache (a miss costs the visitor nothing more than the copy). A body larger than {@code limit} is not kept.
 */
final class PageCopy extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream copy = new ByteArrayOutputStream(32 * 1024);
    private final int limit;
    private boolean overflow;
    private ServletOutputStream stream;
    private PrintWriter writer;

    PageCopy(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The body written so far, or null when it was too large to keep. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return overflow ? null : copy.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Tee(super.getOutputStream());
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
        super.flushBuffer();
    }

    private void keep(byte[] bytes, int offset, int length) {
        if (!overflow && copy.size() + length > limit) {
            overflow = true;
            copy.reset();
        }
        if (!overflow) {
            copy.write(bytes, offset, length);
        }
    }

    private final class Tee extends ServletOutputStream {

        private final ServletOutputStream out;

        Tee(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            keep(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
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
