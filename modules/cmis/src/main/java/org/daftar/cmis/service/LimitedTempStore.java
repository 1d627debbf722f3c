package org.daftar.cmis.service;

import java.io.IOException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.server.shared.ThresholdOutputStream;

/**
 * OpenCMIS's buffer for an uploaded content stream, encrypted when it spills to a file, which refuses the upload
 * before a write would pass the limit, deleting what it holds, with Daftar's message for content over the limit.
 */
final class LimitedTempStore extends ThresholdOutputStream {

    private final long limit;

    LimitedTempStore(UploadBuffering buffering) {
        super(buffering.directory().toFile(), buffering.memoryThreshold(), buffering.maxContentSize(), true);
        this.limit = buffering.maxContentSize();
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        refuseBeyond(length);
        super.write(buffer, offset, length);
    }

    @Override
    public void write(int oneByte) throws IOException {
        refuseBeyond(1);
        super.write(oneByte);
    }

    private void refuseBeyond(int more) {
        if (getLength() + more > limit) {
            destroy(null);
            throw new CmisConstraintException("Content is larger than the limit of " + limit + " bytes");
        }
    }
}
