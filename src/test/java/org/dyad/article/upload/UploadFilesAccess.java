package org.dyad.article.upload;

/** The test files of this package for tests elsewhere. */
public final class UploadFilesAccess {

    private UploadFilesAccess() {
    }

    public static byte[] zipBomb(int megabytes) {
        return UploadFiles.zipBomb(megabytes);
    }

    public static byte[] docx(String title, String... paragraphs) {
        return UploadFiles.docx(title, paragraphs);
    }
}
