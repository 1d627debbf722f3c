package org.daftar.cmis.service;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.server.TempStoreOutputStream;

/**
 * Holds one uploaded content stream while OpenCMIS parses the request: in memory up to the threshold, then in a
 * temporary file under {@link UploadBuffering#directory()}, encrypted with a key that lives only in this object
 * (AES/CTR), readable by the server's user only. A write that would pass the size limit is refused before it is
 * stored, and the file is deleted; reading the content back to its end or closing it deletes the file too.
 * OpenCMIS's own buffer cannot be used: its cipher ({@code AES/CTR/PKCS5Padding}) does not exist in current JDKs.
 */
final class UploadBuffer extends TempStoreOutputStream {

    /** How the temporary files' names start. */
    static final String PREFIX = "cmis-upload-";

    private static final String CIPHER = "AES/CTR/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UploadBuffering settings;
    private byte[] memory = new byte[8192];
    private long length;
    private Path file;
    private OutputStream fileOut;
    private SecretKey key;
    private byte[] iv;

    UploadBuffer(UploadBuffering settings) {
        this.settings = settings;
    }

    @Override
    public void write(int oneByte) throws IOException {
        write(new byte[] {(byte) oneByte}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int count) throws IOException {
        if (count == 0) {
            return;
        }
        if (length + count > settings.maxContentSize()) {
            destroy(null);
            throw new CmisConstraintException("Content is larger than the limit of " + settings.maxContentSize()
                    + " bytes");
        }
        if (fileOut == null && length + count <= settings.memoryThreshold()) {
            if (length + count > memory.length) {
                memory = Arrays.copyOf(memory, (int) Math.min(settings.memoryThreshold(),
                        Math.max(length + count, 2L * memory.length)));
            }
            System.arraycopy(buffer, offset, memory, (int) length, count);
        } else {
            if (fileOut == null) {
                spill();
            }
            fileOut.write(buffer, offset, count);
        }
        length += count;
    }

    /** Moves what is in memory into a new encrypted file; from now on every write goes there. */
    private void spill() throws IOException {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(128, RANDOM);
            key = generator.generateKey();
            iv = new byte[16];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
            file = Files.createTempFile(settings.directory(), PREFIX, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            fileOut = new BufferedOutputStream(new CipherOutputStream(Files.newOutputStream(file), cipher), 65536);
            fileOut.write(memory, 0, (int) length);
            memory = null;
        } catch (GeneralSecurityException e) {
            destroy(e);
            throw new IOException("Cannot encrypt the upload buffer", e);
        } catch (IOException e) {
            destroy(e);
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        if (fileOut != null) {
            fileOut.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            fileOut.close();
        }
    }

    @Override
    public long getLength() {
        return length;
    }

    @Override
    public void setMimeType(String mimeType) {
        // OpenCMIS passes it on in the content stream it builds; nothing to keep here
    }

    @Override
    public void setFileName(String filename) {
        // as above
    }

    @Override
    public InputStream getInputStream() throws IOException {
        if (file == null) {
            byte[] held = memory == null ? new byte[0] : memory;
            return new java.io.ByteArrayInputStream(held, 0, (int) Math.min(length, held.length));
        }
        close();
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));
            return new DeletingInputStream(new CipherInputStream(Files.newInputStream(file), cipher));
        } catch (GeneralSecurityException e) {
            destroy(e);
            throw new IOException("Cannot decrypt the upload buffer", e);
        }
    }

    @Override
    public void destroy(Throwable cause) {
        try {
            close();
        } catch (IOException ignored) {
            // the file is deleted next anyway
        }
        fileOut = null;
        memory = null;
        deleteFile();
    }

    private void deleteFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the upload buffer " + file, e);
            }
        }
    }

    /** The decrypted content; the file goes when the stream is read to its end or closed. */
    private final class DeletingInputStream extends FilterInputStream {

        DeletingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                close();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            int n = super.read(buffer, offset, count);
            if (n < 0) {
                close();
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                deleteFile();
            }
        }
    }
}
