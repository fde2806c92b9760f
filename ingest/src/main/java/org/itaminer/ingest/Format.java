package org.itaminer.ingest;

/** The source formats itaminer tells apart, detected from content rather than the file name. */
public enum Format {
    /** Plain text, including the tab-separated table form. */
    TEXT("text/plain"),
    PDF("application/pdf"),
    /** Office Open XML, OpenDocument and other zip-based office files. */
    OFFICE_ZIP("application/zip"),
    /** Legacy OLE2 office files (.doc, .xls). */
    OFFICE_OLE2("application/x-tika-msoffice"),
    RTF("application/rtf"),
    HTML("text/html"),
    IMAGE("image/*"),
    UNKNOWN("application/octet-stream");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
