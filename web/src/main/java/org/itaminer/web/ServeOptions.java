package org.itaminer.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the workspace is served: the workdir it reads, where it listens, and the access token that any address but
 * the loopback one requires (an analyst's machine is not a server: nobody else reaches it unless she says so).
 *
 * @param workdir the itaminer workdir (its index, reports and originals are read, never written, except the cache of
 *                page images under {@code web-cache/})
 * @param bind the address to listen on ({@code 127.0.0.1} by default)
 * @param port the port ({@code 0}: any free one)
 * @param token the access token; required unless {@code bind} is a loopback address
 */
public record ServeOptions(Path workdir, String bind, int port, Optional<String> token) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** Short tokens can be guessed by anyone on the network. */
    public static final int MIN_TOKEN_CHARS = 16;

    public ServeOptions {
        Objects.requireNonNull(workdir, "workdir");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(token, "token");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        token = token.map(String::strip).filter(t -> !t.isEmpty());
        if (token.isPresent() && token.get().length() < MIN_TOKEN_CHARS) {
            throw new IllegalArgumentException("the access token must have at least " + MIN_TOKEN_CHARS
                    + " characters");
        }
        if (token.isEmpty() && !isLoopback(bind)) {
            throw new IllegalArgumentException("binding to " + bind + " opens the workspace to the network: give "
                    + "an access token (--token or --token-file), or bind to " + LOOPBACK);
        }
    }

    public static ServeOptions local(Path workdir, int port) {
        return new ServeOptions(workdir, LOOPBACK, port, Optional.empty());
    }

    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown address to bind to: " + address, e);
        }
    }
}
