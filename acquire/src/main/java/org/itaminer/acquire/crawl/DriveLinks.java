package org.itaminer.acquire.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google Drive and Docs share links, which agencies use for many of their published files, turned into the address
 * that gives the file itself: {@code drive.google.com/file/d/ID/view} → {@code drive.google.com/uc?export=download&id=ID},
 * a Google Doc → its DOCX export, a Sheet → XLSX. A Drive folder lists files by script only: not followed.
 */
public final class DriveLinks {

    private static final Pattern FILE_PATH = Pattern.compile("/file/d/([A-Za-z0-9_-]{10,})");
    private static final Pattern ID_PARAM = Pattern.compile("(?:^|&)id=([A-Za-z0-9_-]{10,})");
    private static final Pattern DOCS = Pattern.compile("/(document|spreadsheets|presentation)/d/([A-Za-z0-9_-]{10,})");

    private DriveLinks() {
    }

    /** Whether the address is on Google Drive or Docs. */
    public static boolean isDrive(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.equals("drive.google.com") || host.equals("docs.google.com");
    }

    /** Whether the address is a Drive folder (not a file). */
    public static boolean isFolder(URI uri) {
        return isDrive(uri) && String.valueOf(uri.getPath()).contains("/folders/");
    }

    /** The download form of a Drive or Docs share link; empty when the address is neither or a folder. */
    public static Optional<URI> downloadForm(URI uri) {
        if (!isDrive(uri) || isFolder(uri)) {
            return Optional.empty();
        }
        String path = String.valueOf(uri.getPath());
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        Matcher docs = DOCS.matcher(path);
        if (docs.find()) {
            String format = switch (docs.group(1)) {
                case "document" -> "docx";
                case "spreadsheets" -> "xlsx";
                default -> "pdf";
            };
            return Optional.of(URI.create("https://docs.google.com/" + docs.group(1) + "/d/" + docs.group(2)
                    + "/export?format=" + format));
        }
        Matcher file = FILE_PATH.matcher(path);
        String id = file.find() ? file.group(1) : null;
        if (id == null) {
            Matcher param = ID_PARAM.matcher(query);
            id = param.find() ? param.group(1) : null;
        }
        return id == null ? Optional.empty()
                : Optional.of(URI.create("https://drive.google.com/uc?export=download&id=" + id));
    }
}
