package org.daftar.repository.backup;

/**
 * One file in a backup, as the manifest lists it.
 *
 * @param path   relative to its area ({@code data/base/5/1259}, a WAL segment's name, {@code ab/cd/abcd…})
 * @param size   its size in bytes
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 */
public record ManifestFile(String path, long size, String sha256) {
}
