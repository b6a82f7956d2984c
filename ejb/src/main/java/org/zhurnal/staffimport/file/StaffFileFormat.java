package org.zhurnal.staffimport.file;

/** The kinds of file a staff list comes in, as schools keep them. */
public enum StaffFileFormat {
    /** An Excel workbook; the first sheet is read. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** Text with «;» (as Russian Excel saves it), «,» or tab between cells; UTF-8 (with or without BOM) or Windows-1251. */
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    StaffFileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
