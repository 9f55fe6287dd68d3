package org.jinguo.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's secrets, generated on first start into a file only the owner may read and
 * reused on every start after, so that data encrypted in one run can be read in the next.
 * Each is 256 random bits in URL-safe Base64 without padding (a client secret goes through HTTP
 * Basic authentication, whose form encoding would turn a '+' into a space), handed to the
 * services as an environment variable.
 */
final class Secrets {

    /**
     * The one master key every service shared before each had a key ring of its own. While the
     * file holds it, each service gets it as a retired key, so data stored under it is re-wrapped
     * under the service's own key; once every service shows no key pending, it is removed by hand.
     */
    static final String SHARED_MASTER_KEY = "JINGUO_MASTER_KEY";
    /** The operations client's secret; identity-service registers the client with it on first start. */
    static final String OPERATIONS_CLIENT_SECRET = "JINGUO_OPERATIONS_CLIENT_SECRET";

    /** A service's own master key, wrapping the data keys of its records: no other service holds it. */
    static String masterKeyOf(String service) {
        return prefixOf(service) + "_MASTER_KEY";
    }

    /** A service's former master keys, comma-separated, listed by hand while a rotation re-wraps its data keys. */
    static String retiredMasterKeysOf(String service) {
        return prefixOf(service) + "_RETIRED_MASTER_KEYS";
    }

    private static String prefixOf(String service) {
        return service.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static final Logger log = LoggerFactory.getLogger(Secrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties stored;

    private Secrets(Path file, Properties stored) {
        this.file = file;
        this.stored = stored;
    }

    /** The operations client's secret and a master key for each service, generated on first start. */
    static Secrets ofPlatform(LaunchSettings settings) {
        List<String> names = new ArrayList<>(List.of(OPERATIONS_CLIENT_SECRET));
        settings.services().forEach(service -> names.add(masterKeyOf(service.name())));
        Secrets secrets = loadOrCreate(settings.secretsFile(), names);
        if (secrets.value(SHARED_MASTER_KEY) != null) {
            log.warn("{} still holds {}, the master key every service shared before each had its own: each service re-wraps what it "
                    + "protected under its own key; once every service's jinguo_protection_keys_pending is 0, remove that line "
                    + "(docs/security.md, \"Keys\")", secrets.file(), SHARED_MASTER_KEY);
        }
        return secrets;
    }

    /** Reads the file, generating and saving any of {@code names} it does not hold yet. */
    static Secrets loadOrCreate(Path file, List<String> names) {
        Properties stored = read(file);
        List<String> generated = new ArrayList<>();
        for (String name : names) {
            if (stored.getProperty(name) == null) {
                stored.setProperty(name, random256Bits());
                generated.add(name);
            }
        }
        if (!generated.isEmpty()) {
            write(file, stored);
            log.info("Generated {} into {}", String.join(", ", generated), file);
        }
        return new Secrets(file, stored);
    }

    /** @return the secret, or {@code null} if the file holds none of that name */
    synchronized String value(String name) {
        return stored.getProperty(name);
    }

    /** Saves a secret made elsewhere (e.g. one a service issued and shows only once). */
    synchronized void remember(String name, String value) {
        stored.setProperty(name, value);
        write(file, stored);
    }

    Path file() {
        return file;
    }

    /** The named secrets, name to value, to be put into a service's environment. */
    Map<String, String> asEnvironment(List<String> names) {
        Map<String, String> environment = new LinkedHashMap<>();
        names.forEach(name -> environment.put(name, value(name)));
        return environment;
    }

    /** Names only: a secret's value must never reach a log. */
    @Override
    public String toString() {
        return "Secrets" + stored.stringPropertyNames();
    }

    static String random256Bits() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new LaunchException("Cannot read the secrets in " + file, e);
            }
        }
        return properties;
    }

    /** Writes a new file readable by the owner only, then moves it over the old one. */
    private static void write(Path file, Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            Path draft = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(draft);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(draft, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (Writer writer = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
                properties.store(writer, "Secrets of the local Jinguo platform. Keep this file private; losing it loses encrypted data.");
            }
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LaunchException("Cannot write the secrets to " + file, e);
        }
    }
}
