package org.daftar.cmis.binding;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisInvalidArgumentException;

/**
 * A form-encoded request whose body may be read only up to a limit. OpenCMIS reads a Browser binding form (not a
 * multipart one, whose fields it caps itself) whole into a string, so an endless body would fill the heap; past the
 * limit the read is refused with {@code invalidArgument}.
 */
final class BoundedFormRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream bounded;

    BoundedFormRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (bounded == null) {
            bounded = new Bounded(super.getInputStream());
        }
        return bounded;
    }

    private CmisInvalidArgumentException tooLarge() {
        return new CmisInvalidArgumentException("The form is larger than " + limit + " bytes; send content as a"
                + " multipart upload and keep property values and queries shorter");
    }

    private final class Bounded extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        Bounded(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && ++read > limit) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit + 1 - read));
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw tooLarge();
                }
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
