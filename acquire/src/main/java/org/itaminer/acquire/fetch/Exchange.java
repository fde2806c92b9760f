package org.itaminer.acquire.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One GET with the JDK's HttpClient, redirects not followed (the fetcher follows them itself, checking each hop), the
 * body streamed into a temporary file up to the size limit, its digest computed on the way. The header time-out is
 * the request's; the body has its own deadline, kept by closing the stream when it passes.
 */
final class Exchange {

    private final HttpClient client;
    private final FetchSettings settings;
    private final Path tempDir;
    private final ScheduledExecutorService watchdog;

    Exchange(HttpClient client, FetchSettings settings, Path tempDir, ScheduledExecutorService watchdog) {
        this.client = client;
        this.settings = settings;
        this.tempDir = tempDir;
        this.watchdog = watchdog;
    }

    Reply get(URI uri, Validators validators, long maxBytes) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "*/*");
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            request.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade headers for old servers to choke on
        }
        validators.etag().ifPresent(e -> request.header("If-None-Match", e));
        validators.lastModified().ifPresent(m -> request.header("If-Modified-Since", m));
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            return Reply.failed(FetchError.TIMEOUT, "no connection within " + settings.connectTimeout().toMillis()
                    + " ms");
        } catch (HttpTimeoutException e) {
            return Reply.failed(FetchError.TIMEOUT, "no response within " + settings.readTimeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return Reply.failed(FetchError.CONNECTION, "cannot connect: " + e.getMessage());
        } catch (IOException e) {
            return Reply.failed(FetchError.CONNECTION, e.toString());
        } catch (IllegalArgumentException e) {
            return Reply.failed(FetchError.BAD_URL, e.getMessage());
        }
        HttpHeaders headers = response.headers();
        int status = response.statusCode();
        Validators got = new Validators(headers.firstValue("ETag"), headers.firstValue("Last-Modified"));
        Optional<Duration> retryAfter = headers.firstValue("Retry-After").flatMap(Exchange::retryAfter);
        Optional<String> fileName = headers.firstValue("Content-Disposition").flatMap(ContentDisposition::fileName);
        if (status < 200 || status > 299) {
            close(response.body());
            return new Reply(status, headers.firstValue("Location"), retryAfter, got, Optional.empty(), 0, "",
                    fileName, Optional.empty(), "HTTP " + status);
        }
        OptionalLong declared = headers.firstValueAsLong("Content-Length");
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            close(response.body());
            return new Reply(status, Optional.empty(), Optional.empty(), got, Optional.empty(), declared.getAsLong(),
                    "", fileName, Optional.of(FetchError.TOO_LARGE), "Content-Length " + declared.getAsLong()
                    + " bytes is over the limit of " + maxBytes);
        }
        return readBody(response.body(), status, got, fileName, maxBytes);
    }

    private Reply readBody(InputStream in, int status, Validators got, Optional<String> fileName, long maxBytes)
            throws InterruptedException {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            expired.set(true);
            close(in);
        }, settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        Path file = null;
        try {
            Files.createDirectories(tempDir);
            file = Files.createTempFile(tempDir, "fetch-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream body = in; OutputStream out = Files.newOutputStream(file)) {
                int n;
                while ((n = body.read(buffer)) >= 0) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException("the crawl is stopping");
                    }
                    total += n;
                    if (total > maxBytes) {
                        Files.deleteIfExists(file);
                        return new Reply(status, Optional.empty(), Optional.empty(), got, Optional.empty(), total, "",
                                fileName, Optional.of(FetchError.TOO_LARGE), "more than " + maxBytes
                                + " bytes: given up while reading");
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            Path done = file;
            file = null;
            return new Reply(status, Optional.empty(), Optional.empty(), got, Optional.of(done), total,
                    HexFormat.of().formatHex(digest.digest()), fileName, Optional.empty(), "HTTP " + status);
        } catch (IOException e) {
            return expired.get()
                    ? Reply.failed(FetchError.TIMEOUT, "the body took longer than "
                            + settings.readTimeout().toMillis() + " ms")
                    : Reply.failed(FetchError.CONNECTION, "the body broke off: " + e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        } finally {
            deadline.cancel(false);
            if (file != null) {
                deleteQuietly(file);
            }
        }
    }

    /** Retry-After as seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
                Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing a stream we give up on: nothing more to do
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover .part file in the temp folder is removed when the next crawl starts
        }
    }
}
