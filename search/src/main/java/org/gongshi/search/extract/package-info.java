/**
 * Text extraction and real file-type detection for uploaded case documents.
 *
 * <p>{@link org.gongshi.search.extract.TextExtractor} turns bytes into an {@link
 * org.gongshi.search.extract.Extraction} (Tika for common formats, ofdrw for OFD, tesseract OCR
 * when installed); {@link org.gongshi.search.extract.FileTypePolicy} decides uploads by the
 * detected type, never by the file name. A failure is data, not an exception. This package knows
 * nothing of the index.
 */
package org.gongshi.search.extract;
