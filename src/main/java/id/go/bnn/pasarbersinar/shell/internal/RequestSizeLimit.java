package id.go.bnn.pasarbersinar.shell.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what one request may make the server hold: Vaadin's UIDL messages (a typed value travels in them) at
 * {@code pasar.security.max-uidl-size}, uploads (Vaadin's dynamic resources) at {@code …max-upload-size}, every other
 * body at {@code …max-body-size}. A declared length over the bound is answered 413 before anything is read; a body
 * without a declared length stops being read at the bound.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxUidl;
    private final long maxUpload;
    private final long maxBody;

    RequestSizeLimit(@Value("${pasar.security.max-uidl-size:256KB}") DataSize maxUidl,
            @Value("${pasar.security.max-upload-size:16MB}") DataSize maxUpload,
            @Value("${pasar.security.max-body-size:1MB}") DataSize maxBody) {
        this.maxUidl = maxUidl.toBytes();
        this.maxUpload = maxUpload.toBytes();
        this.maxBody = maxBody.toBytes();
    }

    long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/VAADIN/dynamic/")) {
            return maxUpload;
        }
        return "uidl".equals(request.getParameter("v-r")) ? maxUidl : maxBody;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, limit) : request, response);
    }

    /** A body of unknown length, read no further than the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream inner = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = inner.read();
                        if (b >= 0 && ++read > limit) {
                            throw new IOException("Request body larger than " + limit + " bytes");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = inner.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new IOException("Request body larger than " + limit + " bytes");
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return inner.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        inner.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
        }
    }
}
