package org.geokg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geokg.sys.ConfigException;

/**
 * Reads the users allowed to update: lines {@code user:password}, or a single line holding only
 * a password for user {@code admin}. Blank lines and lines starting with {@code #} are ignored.
 * Thread-safe (stateless).
 *
 * <pre>{@code
 * Map<String, String> users = PasswordFile.read(Path.of("geokg.passwd"));
 * }</pre>
 */
final class PasswordFile {
    /** The user name of a file that holds only a password. */
    static final String DEFAULT_USER = "admin";

    private PasswordFile() {
    }

    /** User name to password, in file order. */
    static Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        List<String> entries = lines.stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Map<String, String> users = new LinkedHashMap<>();
        if (entries.size() == 1 && entries.get(0).indexOf(':') < 0) {
            users.put(DEFAULT_USER, entries.get(0));
            return users;
        }
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String l = raw.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0 || colon == l.length() - 1) {
                throw new ConfigException("password file " + file + " line " + lineNo
                        + ": expected user:password (or a file with a single password for user admin)");
            }
            String user = l.substring(0, colon).strip();
            String pw = l.substring(colon + 1);
            if (users.put(user, pw) != null) {
                throw new ConfigException("password file " + file + " line " + lineNo + ": user '" + user
                        + "' is listed twice");
            }
        }
        if (users.isEmpty()) {
            throw new ConfigException("password file " + file + " has no users; write user:password lines");
        }
        return users;
    }
}
