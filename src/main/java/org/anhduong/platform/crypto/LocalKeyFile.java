package org.anhduong.platform.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys kept in {@code <dataDir>/keys.properties}, so the embedded H2 default encrypts from the first start
 * without any setup. The file is created owner-only (rw-------) from the start; it must be backed up apart
 * from the database, because losing it makes every encrypted field unreadable.
 */
public final class LocalKeyFile {

    /** Name of the key file in the data directory. */
    public static final String FILE_NAME = "keys.properties";
    static final String ENCRYPTION_KEYS = "encryption-keys";
    static final String BLIND_INDEX_KEY = "blind-index-key";

    private static final Logger log = LoggerFactory.getLogger(LocalKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private LocalKeyFile() {
    }

    /** Loads {@code <dataDir>/keys.properties}, generating it first when it does not exist. */
    public static KeyRing loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.notExists(file)) {
            create(file);
        }
        return load(file);
    }

    /**
     * Loads a key file.
     *
     * @throws InvalidKeyConfigurationException when it is missing, unreadable or holds unusable keys
     */
    public static KeyRing load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidKeyConfigurationException("Key file " + file + " does not exist");
        }
        warnIfShared(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        catch (IOException e) {
            throw new InvalidKeyConfigurationException("Key file " + file + " cannot be read: " + e.getClass().getSimpleName());
        }
        List<String> encryptionKeys = Arrays.stream(properties.getProperty(ENCRYPTION_KEYS, "").split(","))
                .map(String::strip).filter(entry -> !entry.isEmpty()).toList();
        try {
            return KeyRing.parse(encryptionKeys, properties.getProperty(BLIND_INDEX_KEY));
        }
        catch (InvalidKeyConfigurationException e) {
            throw new InvalidKeyConfigurationException("Key file " + file + ": " + e.getMessage());
        }
    }

    static void create(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            boolean posix = createDirectories(dir);
            Path temp = posix ? Files.createTempFile(dir, ".keys", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(dir, ".keys", ".tmp");
            try {
                write(temp);
                publish(temp, file);
            }
            finally {
                Files.deleteIfExists(temp);
            }
            if (!posix) {
                log.warn("Key file {} was created on a file system without POSIX permissions; restrict access to it by hand", file);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create key file " + file, e);
        }
    }

    private static boolean createDirectories(Path dir) throws IOException {
        boolean posix = supportsPosix(dir);
        if (Files.notExists(dir)) {
            // The data directory also holds the database, so it is private from the start too.
            FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR) }
                    : new FileAttribute<?>[0];
            Files.createDirectories(dir, attributes);
        }
        return posix;
    }

    private static void write(Path temp) throws IOException {
        String content = "# Anh Duong encryption keys, generated " + Instant.now() + "\n"
                + "# Back this file up separately from the database: without it encrypted fields cannot be read.\n"
                + ENCRYPTION_KEYS + "=" + KeyGenerator.newEncryptionKeyEntry() + "\n"
                + BLIND_INDEX_KEY + "=" + KeyGenerator.newKey() + "\n";
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
    }

    /** A hard link appears atomically and never replaces a file another instance created meanwhile. */
    private static void publish(Path temp, Path file) throws IOException {
        try {
            Files.createLink(file, temp);
            log.info("Generated new encryption keys in {}; back this file up separately from the database", file);
        }
        catch (FileAlreadyExistsException e) {
            log.info("Key file {} was created concurrently; using it", file);
        }
        catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(file)) {
                return;
            }
            Files.move(temp, file);
            log.info("Generated new encryption keys in {}; back this file up separately from the database", file);
        }
    }

    private static void warnIfShared(Path file) {
        if (!supportsPosix(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                log.warn("Key file {} is accessible to other users ({}); restrict it with chmod 600", file,
                        PosixFilePermissions.toString(permissions));
            }
        }
        catch (IOException e) {
            log.warn("Cannot read the permissions of key file {}", file);
        }
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
